using Intranet.Core.Hosting;
using Intranet.Core.Recipes;
using Intranet.Core.Tenants;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Intranet.Tenants.Services;

/// <summary>
/// Order 200, first start only: sets the host (province) up from <c>recipes/host.recipe.json</c>, then runs the
/// demo recipe named by <c>Intranet:Setup:DemoRecipe</c> when set. The demo is sample data: steps whose module
/// is not installed are skipped with a warning, and a failure is logged, not fatal.
/// </summary>
public sealed class FirstStartStartupTask : IStartupTask
{
    private readonly TenantRegistry _registry;
    private readonly TenantManager _manager;
    private readonly RecipeCatalog _recipes;
    private readonly RecipeExecutor _executor;
    private readonly IConfiguration _configuration;
    private readonly ILogger<FirstStartStartupTask> _logger;

    public FirstStartStartupTask(TenantRegistry registry, TenantManager manager, RecipeCatalog recipes, RecipeExecutor executor, IConfiguration configuration, ILogger<FirstStartStartupTask> logger)
    {
        _registry = registry;
        _manager = manager;
        _recipes = recipes;
        _executor = executor;
        _configuration = configuration;
        _logger = logger;
    }

    public int Order => 200;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var host = _registry.Table.Host;
        if (host.State == TenantState.Running)
        {
            return;
        }

        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (_configuration["Intranet:Setup:AdminEmail"] is { Length: > 0 } adminEmail)
        {
            variables["adminEmail"] = adminEmail;
        }

        var (json, source) = await _recipes.GetAsync("host", cancellationToken);
        host = await _manager.RunRecipeAsync(host, RecipeParser.Parse(json, variables, source), TenantState.Running, cancellationToken);
        _logger.LogInformation("The host was set up from {Source}", source);

        if (_configuration["Intranet:Setup:DemoRecipe"] is not { Length: > 0 } demo)
        {
            return;
        }

        try
        {
            var (demoJson, demoSource) = await _recipes.GetAsync(demo, cancellationToken);
            var pruned = RecipePruner.KeepKnownSteps(demoJson, _executor.StepNames, out var skipped);
            if (skipped.Count > 0)
            {
                _logger.LogWarning("Demo recipe {Recipe}: skipping steps whose module is not installed: {Steps}", demo, string.Join(", ", skipped));
            }

            await _manager.RunRecipeAsync(host, RecipeParser.Parse(pruned, variables, demoSource), TenantState.Running, cancellationToken);
            _logger.LogInformation("Demo recipe {Recipe} ran", demo);
        }
        catch (Exception ex) when (ex is RecipeException or TenantOperationException)
        {
            _logger.LogError(ex, "Demo recipe {Recipe} failed; the host is set up without it", demo);
        }
    }
}
