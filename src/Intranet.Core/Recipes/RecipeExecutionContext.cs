using Intranet.Core.Tenants;

namespace Intranet.Core.Recipes;

/// <summary>What a step handler runs against: the tenant being set up and the values the recipe was given.</summary>
public sealed class RecipeExecutionContext
{
    public RecipeExecutionContext(Tenant tenant, IServiceProvider services, IReadOnlyDictionary<string, string> variables)
    {
        Tenant = tenant;
        Services = services;
        Variables = variables;
    }

    /// <summary>The tenant; a step that changes it (features, theme) replaces it here.</summary>
    public Tenant Tenant { get; set; }

    /// <summary>The scope the recipe runs in; its DbContexts share one transaction.</summary>
    public IServiceProvider Services { get; }

    public IReadOnlyDictionary<string, string> Variables { get; }
}
