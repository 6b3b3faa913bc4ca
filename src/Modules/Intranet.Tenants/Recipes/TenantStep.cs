using System.Text.Json;
using Intranet.Core.Recipes;
using Intranet.Tenants.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Tenants.Recipes;

/// <summary>
/// <c>{ "name": "tenant", "tenant": { name, displayName, prefix, hosts, recipe, variables, description }, "steps": [...] }</c>,
/// run in the host: creates the department from the named recipe and runs the inline steps in it, all in the
/// department's one setup (a failure leaves no trace of it). Each tenant step commits on its own, so an
/// earlier department stays when a later one fails; put tenant steps before host data steps.
/// </summary>
public sealed class TenantStep : IRecipeStepHandler
{
    private readonly IServiceProvider _services;

    public TenantStep(IServiceProvider services) => _services = services;

    public string StepName => "tenant";

    public IEnumerable<string> Validate(RecipeStep step)
    {
        if (!step.Data.TryGetProperty("tenant", out var tenant) || tenant.ValueKind != JsonValueKind.Object)
        {
            yield return "Thiếu đối tượng 'tenant' { name, displayName, prefix, hosts, recipe, variables }.";
            yield break;
        }

        if (Text(tenant, "name") is null)
        {
            yield return "Thiếu tên đơn vị ('tenant.name').";
        }

        if (Text(tenant, "recipe") is null)
        {
            yield return "Thiếu tên công thức khởi tạo ('tenant.recipe').";
        }

        if (step.Data.TryGetProperty("steps", out var inline) && inline.ValueKind != JsonValueKind.Array)
        {
            yield return "'steps' phải là danh sách bước.";
            yield break;
        }

        // Inline steps are checked with the rest of the recipe, before anything runs.
        var handlers = _services.GetServices<IRecipeStepHandler>().ToDictionary(h => h.StepName, StringComparer.OrdinalIgnoreCase);
        foreach (var inner in InlineSteps(step))
        {
            if (!handlers.TryGetValue(inner.Name, out var handler))
            {
                yield return $"bước con {inner.Number}: không có bước nào tên '{inner.Name}'. Các bước được hỗ trợ: {string.Join(", ", handlers.Keys.Order(StringComparer.Ordinal))}.";
                continue;
            }

            foreach (var error in handler.Validate(inner))
            {
                yield return $"bước con {inner.Number} ('{inner.Name}'): {error}";
            }
        }
    }

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        if (!context.Tenant.IsHost)
        {
            throw new RecipeException("Bước 'tenant' chỉ chạy ở cấp tỉnh (host).");
        }

        var tenant = step.Data.GetProperty("tenant");
        var hosts = tenant.TryGetProperty("hosts", out var h) && h.ValueKind == JsonValueKind.Array
            ? h.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (tenant.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in v.EnumerateObject())
            {
                variables[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        var name = Text(tenant, "name")!;
        var request = new TenantRequest(name, Text(tenant, "displayName") ?? name, Text(tenant, "prefix"), hosts, Text(tenant, "description"));
        var manager = _services.GetRequiredService<TenantManager>();
        var recipes = _services.GetRequiredService<RecipeCatalog>();
        try
        {
            var (json, source) = await recipes.GetAsync(Text(tenant, "recipe"), cancellationToken);
            variables.TryAdd("displayName", request.DisplayName);
            var recipe = RecipeParser.Parse(json, variables, source);
            await manager.CreateAsync(request, recipe, InlineSteps(step), cancellationToken);
        }
        catch (TenantOperationException ex)
        {
            throw new RecipeException(ex.Message, ex);
        }
    }

    private static List<RecipeStep> InlineSteps(RecipeStep step)
    {
        if (!step.Data.TryGetProperty("steps", out var inline) || inline.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. inline.EnumerateArray().Select((s, i) => new RecipeStep(
            i + 1,
            s.ValueKind == JsonValueKind.Object && s.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "",
            s))];
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
