using System.Text.Json;
using Intranet.Core.Modules;
using Intranet.Core.Recipes;
using Intranet.Tenants.Services;

namespace Intranet.Tenants.Recipes;

/// <summary>
/// <c>{ "name": "feature", "enable": [...], "disable": [...] }</c>. Changes the tenant the recipe runs for; whoever
/// runs the recipe saves the result. Planned up front so the executor applies the schema before the data steps.
/// </summary>
public sealed class FeatureStep : IRecipeStepHandler, IRecipeFeaturePlanner
{
    private readonly ModuleCatalog _catalog;

    public FeatureStep(ModuleCatalog catalog) => _catalog = catalog;

    public string StepName => "feature";

    public IEnumerable<string> Validate(RecipeStep step)
    {
        foreach (var property in new[] { "enable", "disable" })
        {
            if (step.Data.TryGetProperty(property, out var value) && (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String)))
            {
                yield return $"'{property}' phải là danh sách mã tính năng.";
            }
        }

        if (FeatureRules.UnknownFeature(_catalog, step.GetStrings("enable").Concat(step.GetStrings("disable"))) is { } unknown)
        {
            yield return unknown;
        }
    }

    public void Plan(RecipeStep step, RecipePlan plan)
    {
        plan.Enable.UnionWith(step.GetStrings("enable"));
        plan.Disable.UnionWith(step.GetStrings("disable"));
    }

    public Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var tenant = context.Tenant;
        var enable = step.GetStrings("enable");
        if (FeatureRules.CheckEnable(_catalog, enable, tenant.IsHost, tenant.DisplayName) is { } error)
        {
            throw new RecipeException(error);
        }

        var enabled = _catalog.Enable(tenant.EnabledFeatures, enable, tenant.IsHost);
        if (!enabled.Succeeded)
        {
            throw new RecipeException(enabled.Error!);
        }

        var disable = step.GetStrings("disable");
        if (FeatureRules.CheckDisable(_catalog, disable) is { } disableError)
        {
            throw new RecipeException(disableError);
        }

        var disabled = _catalog.Disable(enabled.Features, disable);
        if (!disabled.Succeeded)
        {
            throw new RecipeException(disabled.Error!);
        }

        context.Tenant = tenant with { EnabledFeatures = disabled.Features };
        return Task.CompletedTask;
    }
}
