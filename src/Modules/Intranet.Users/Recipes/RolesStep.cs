using Intranet.Core.Audit;
using Intranet.Core.Recipes;
using Intranet.Core.Security;
using Intranet.Users.Models;
using Intranet.Users.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Users.Recipes;

/// <summary>"roles": {roles:[{name, permissions:[…]}]} — creates or replaces the tenant's roles.</summary>
public sealed class RolesStep : IRecipeStepHandler
{
    private readonly PermissionCatalog _catalog;

    public RolesStep(PermissionCatalog catalog) => _catalog = catalog;

    public string StepName => "roles";

    public IEnumerable<string> Validate(RecipeStep step)
    {
        List<RoleEntry>? roles;
        try
        {
            roles = step.Deserialize<List<RoleEntry>>("roles");
        }
        catch (System.Text.Json.JsonException)
        {
            roles = null;
        }

        if (roles is null)
        {
            yield return "cần mảng 'roles' gồm các {name, permissions}.";
            yield break;
        }

        foreach (var (role, index) in roles.Select((r, i) => (r, i + 1)))
        {
            if (!RoleNames.IsValid(role.Name))
            {
                yield return $"vai trò thứ {index}: tên '{role.Name}' không hợp lệ (chữ, số, '-', '_', '.'; tối đa 64 ký tự).";
            }

            foreach (var permission in role.Permissions ?? [])
            {
                if (_catalog.Find(permission) is null)
                {
                    yield return $"vai trò '{role.Name}': không có quyền nào tên '{permission}'.";
                }
            }
        }
    }

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<UsersDbContext>();
        var audit = context.Services.GetRequiredService<AuditRecorder>();
        var tenant = context.Tenant.Name;
        foreach (var entry in step.Deserialize<List<RoleEntry>>("roles") ?? [])
        {
            var permissions = (entry.Permissions ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var role = await db.TenantRoles.FirstOrDefaultAsync(r => r.TenantName == tenant && r.Name == entry.Name, cancellationToken);
            if (role is null)
            {
                db.TenantRoles.Add(new TenantRole { TenantName = tenant, Name = entry.Name!, Description = entry.Description, Permissions = permissions });
            }
            else
            {
                role.Permissions = permissions;
                role.Description = entry.Description ?? role.Description;
            }

            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditEvent("role", role is null ? "created" : "updated", entry.Name, "permissions=" + string.Join(",", permissions)) { TenantName = tenant }, cancellationToken);
        }
    }
}
