using Intranet.Core.Data;
using Intranet.Core.Modules;
using Intranet.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Core.Recipes;

/// <summary>
/// Runs a recipe against a tenant: validates every step first, applies the schema of the features the recipe
/// will enable, then runs the steps in one data transaction. The first failing step aborts and nothing of the
/// recipe's data remains.
/// </summary>
public sealed class RecipeExecutor
{
    private readonly IReadOnlyDictionary<string, IRecipeStepHandler> _handlers;
    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantAccessor _accessor;
    private readonly ModuleCatalog _catalog;
    private readonly ITenantDataMigrator _migrator;
    private readonly ILogger<RecipeExecutor> _logger;

    public RecipeExecutor(
        IEnumerable<IRecipeStepHandler> handlers,
        IServiceScopeFactory scopes,
        ITenantAccessor accessor,
        ModuleCatalog catalog,
        ITenantDataMigrator migrator,
        ILogger<RecipeExecutor> logger)
    {
        _handlers = handlers.ToDictionary(h => h.StepName, StringComparer.OrdinalIgnoreCase);
        _scopes = scopes;
        _accessor = accessor;
        _catalog = catalog;
        _migrator = migrator;
        _logger = logger;
    }

    public IReadOnlyCollection<string> StepNames => [.. _handlers.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Throws a <see cref="RecipeException"/> listing every unknown step and invalid step data.</summary>
    public void Validate(RecipeDescriptor recipe)
    {
        var errors = new List<string>();
        foreach (var step in recipe.Steps)
        {
            if (!_handlers.TryGetValue(step.Name, out var handler))
            {
                errors.Add($"Bước {step.Number}: không có bước nào tên '{step.Name}'. Các bước được hỗ trợ: {string.Join(", ", StepNames)}.");
                continue;
            }

            errors.AddRange(handler.Validate(step).Select(e => $"Bước {step.Number} ('{step.Name}'): {e}"));
        }

        if (errors.Count > 0)
        {
            throw new RecipeException(errors);
        }
    }

    /// <summary>Runs the recipe and returns the tenant as the recipe left it (features, theme).</summary>
    public async Task<Tenant> ExecuteAsync(RecipeDescriptor recipe, Tenant tenant, CancellationToken cancellationToken = default)
    {
        Validate(recipe);

        var plan = new RecipePlan();
        foreach (var step in recipe.Steps)
        {
            (_handlers[step.Name] as IRecipeFeaturePlanner)?.Plan(step, plan);
        }

        // Schema first, outside the data transaction: migrations manage their own transactions.
        var enabled = tenant.EnabledFeatures.Union(plan.Enable).Except(plan.Disable);
        var planned = tenant with { EnabledFeatures = _catalog.Normalize(enabled, tenant.IsHost) };
        await _migrator.MigrateAsync(planned, cancellationToken);

        await using var scope = _scopes.CreateAsyncScope();
        var transaction = scope.ServiceProvider.GetRequiredService<DataTransactionScope>();
        transaction.Begin();
        var context = new RecipeExecutionContext(tenant, scope.ServiceProvider, recipe.Variables);
        foreach (var step in recipe.Steps)
        {
            using var enter = _accessor.Enter(context.Tenant);
            try
            {
                await _handlers[step.Name].ExecuteAsync(step, context, cancellationToken);
            }
            catch (RecipeException ex)
            {
                _logger.LogWarning("Recipe {Recipe} failed at step {Number} ({Step}) for tenant {Tenant}", recipe.Name, step.Number, step.Name, tenant.Name);
                throw new RecipeException([.. ex.Errors.Select(e => e.StartsWith("Bước ", StringComparison.Ordinal) ? e : $"Bước {step.Number} ('{step.Name}'): {e}")], ex);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogError(ex, "Recipe {Recipe} failed at step {Number} ({Step}) for tenant {Tenant}", recipe.Name, step.Number, step.Name, tenant.Name);
                throw new RecipeException($"Bước {step.Number} ('{step.Name}') thất bại: {ex.Message}", ex);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return context.Tenant;
    }
}
