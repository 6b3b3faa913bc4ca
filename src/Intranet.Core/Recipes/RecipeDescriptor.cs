namespace Intranet.Core.Recipes;

/// <summary>A recipe's header and its raw steps, as parsed.</summary>
public sealed record RecipeDescriptor(
    string Name,
    string DisplayName,
    string Description,
    IReadOnlyDictionary<string, string> Variables,
    IReadOnlyList<RecipeStep> Steps,
    bool IsSetupRecipe,
    string? Source);
