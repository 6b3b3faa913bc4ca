using System.Text.Json.Nodes;
using Intranet.Core.Recipes;
using Intranet.Core.Tenants;
using Intranet.StaffDirectory.Models;
using Intranet.StaffDirectory.Services;

namespace Intranet.StaffDirectory.Recipes;

/// <summary>Exports a department's units and people as <c>units</c> and <c>people</c> steps (after features and accounts).</summary>
public sealed class DirectoryExport : IRecipeExportContributor
{
    private readonly TenantDirectoryReader _departments;

    public DirectoryExport(TenantDirectoryReader departments) => _departments = departments;

    public int Order => 300;

    public async Task ContributeAsync(Tenant tenant, JsonArray steps, CancellationToken cancellationToken)
    {
        // A Disabled tenant is exported before removal, so only the feature matters, not the state.
        if (tenant.IsHost || !tenant.IsFeatureEnabled(DirectoryFeatures.Department))
        {
            return;
        }

        var (units, people) = await _departments.WithStoreAsync(tenant, async store =>
            (await store.ListUnitsAsync(cancellationToken), await store.ListPeopleAsync(includeInactive: true, ct: cancellationToken)));

        // Parents before children, so the exported step re-imports in one pass.
        var ordered = new List<OrgUnit>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (ordered.Count < units.Count)
        {
            var next = units.Where(u => !placed.Contains(u.Id) && (u.ParentId is null || placed.Contains(u.ParentId))).ToList();
            if (next.Count == 0)
            {
                break;
            }

            ordered.AddRange(next);
            placed.UnionWith(next.Select(u => u.Id));
        }

        steps.Add(new JsonObject
        {
            ["name"] = "units",
            ["units"] = new JsonArray([.. ordered.Select(u => (JsonNode)new JsonObject
            {
                ["id"] = u.Id,
                ["name"] = u.Name,
                ["kind"] = OrgUnitKinds.Slug(u.Kind),
                ["parent"] = u.ParentId,
                ["order"] = u.SortOrder,
            })]),
        });
        steps.Add(new JsonObject
        {
            ["name"] = "people",
            ["people"] = new JsonArray([.. people.Where(p => p.Email is not null || p.ExternalId is not null).Select(p => (JsonNode)new JsonObject
            {
                ["email"] = p.Email,
                ["externalId"] = p.ExternalId,
                ["fullName"] = p.FullName,
                ["unit"] = p.UnitId,
                ["position"] = p.Position?.Name,
                ["officePhone"] = p.OfficePhone,
                ["mobile"] = p.Mobile,
                ["room"] = p.Room,
                ["active"] = p.IsActive,
                ["visibility"] = new JsonObject
                {
                    ["position"] = p.PositionVisibility.ToString(),
                    ["email"] = p.EmailVisibility.ToString(),
                    ["officePhone"] = p.OfficePhoneVisibility.ToString(),
                    ["mobile"] = p.MobileVisibility.ToString(),
                    ["room"] = p.RoomVisibility.ToString(),
                    ["photo"] = p.PhotoVisibility.ToString(),
                },
            })]),
        });
    }
}
