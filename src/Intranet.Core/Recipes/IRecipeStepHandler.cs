namespace Intranet.Core.Recipes;

/// <summary>Executes the recipe steps named <see cref="StepName"/>. Modules register handlers in their Startup.</summary>
public interface IRecipeStepHandler
{
    string StepName { get; }

    /// <summary>Checks the step before anything runs; returns error messages (empty when valid).</summary>
    IEnumerable<string> Validate(RecipeStep step) => [];

    Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken);
}
