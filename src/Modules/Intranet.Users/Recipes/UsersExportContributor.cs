using System.Text.Json.Nodes;
using Intranet.Core.Recipes;
using Intranet.Core.Tenants;
using Intranet.Users.Services;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Users.Recipes;

/// <summary>Exports a tenant's own roles and its members (with their roles there) as "roles" and "accounts" steps. Passwords never leave.</summary>
public sealed class UsersExportContributor : IRecipeExportContributor
{
    private readonly UsersDbContext _db;

    public UsersExportContributor(UsersDbContext db) => _db = db;

    public int Order => 100; // after features and theme; before units and people, which name these accounts

    public async Task ContributeAsync(Tenant tenant, JsonArray steps, CancellationToken cancellationToken)
    {
        var roles = await _db.TenantRoles.AsNoTracking().Where(r => r.TenantName == tenant.Name).OrderBy(r => r.Name).ToListAsync(cancellationToken);
        if (roles.Count > 0)
        {
            steps.Add(new JsonObject
            {
                ["name"] = "roles",
                ["roles"] = new JsonArray([.. roles.Select(r => (JsonNode)new JsonObject
                {
                    ["name"] = r.Name,
                    ["description"] = r.Description,
                    ["permissions"] = new JsonArray([.. r.Permissions.Select(p => (JsonNode)JsonValue.Create(p))]),
                })]),
            });
        }

        var members = await _db.Memberships.AsNoTracking()
            .Where(m => m.TenantName == tenant.Name)
            .Join(_db.Users.AsNoTracking(), m => m.AccountId, a => a.Id, (m, a) => new { a.Email, a.FullName, a.HomeTenant, m.Roles })
            .OrderBy(x => x.Email)
            .ToListAsync(cancellationToken);
        if (members.Count > 0)
        {
            steps.Add(new JsonObject
            {
                ["name"] = "accounts",
                ["accounts"] = new JsonArray([.. members.Select(m => (JsonNode)new JsonObject
                {
                    ["email"] = m.Email,
                    ["fullName"] = m.FullName,
                    ["roles"] = new JsonArray([.. m.Roles.Select(r => (JsonNode)JsonValue.Create(r))]),
                    ["home"] = m.HomeTenant == tenant.Name,
                })]),
            });
        }
    }
}
