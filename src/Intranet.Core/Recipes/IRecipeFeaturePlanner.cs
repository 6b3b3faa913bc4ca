namespace Intranet.Core.Recipes;

/// <summary>
/// A step handler that changes the tenant's features says so up front, so the schema of every feature the
/// recipe needs is applied before the data steps run in one transaction.
/// </summary>
public interface IRecipeFeaturePlanner
{
    void Plan(RecipeStep step, RecipePlan plan);
}
