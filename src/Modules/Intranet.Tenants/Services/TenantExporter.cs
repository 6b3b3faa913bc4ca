using System.Text.Json.Nodes;
using Intranet.Core.Recipes;
using Intranet.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Tenants.Services;

/// <summary>
/// Writes a tenant as a recipe: a header naming the tenant (name, display name, prefix, hosts) and the steps
/// every module's <see cref="IRecipeExportContributor"/> adds. Posting it to <c>/api/tenants/import</c> creates a copy.
/// </summary>
public sealed class TenantExporter
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantAccessor _accessor;

    public TenantExporter(IServiceScopeFactory scopes, ITenantAccessor accessor)
    {
        _scopes = scopes;
        _accessor = accessor;
    }

    public async Task<JsonObject> ExportAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        var steps = new JsonArray();
        await using (var scope = _scopes.CreateAsyncScope())
        {
            using var enter = _accessor.Enter(tenant);
            foreach (var contributor in scope.ServiceProvider.GetServices<IRecipeExportContributor>().OrderBy(c => c.Order))
            {
                await contributor.ContributeAsync(tenant, steps, cancellationToken);
            }
        }

        return new JsonObject
        {
            ["name"] = tenant.Name + "-export",
            ["displayName"] = tenant.DisplayName,
            ["description"] = $"Bản xuất đơn vị '{tenant.DisplayName}' ({tenant.Name}) lúc {DateTime.UtcNow:dd/MM/yyyy HH:mm} UTC.",
            ["tenant"] = new JsonObject
            {
                ["name"] = tenant.Name,
                ["displayName"] = tenant.DisplayName,
                ["prefix"] = tenant.RequestUrlPrefix,
                ["hosts"] = new JsonArray([.. tenant.RequestUrlHosts.Select(h => (JsonNode)h)]),
                ["description"] = tenant.Description,
                ["recipe"] = tenant.RecipeName,
            },
            ["variables"] = new JsonObject(),
            ["steps"] = steps,
        };
    }

    public async Task<string> ExportJsonAsync(Tenant tenant, CancellationToken cancellationToken = default) =>
        (await ExportAsync(tenant, cancellationToken)).ToJsonString(RecipeJson.Options);
}
