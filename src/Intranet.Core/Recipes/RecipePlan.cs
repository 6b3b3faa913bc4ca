namespace Intranet.Core.Recipes;

/// <summary>What a recipe will do to the tenant's features, known before it runs.</summary>
public sealed class RecipePlan
{
    public HashSet<string> Enable { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Disable { get; } = new(StringComparer.Ordinal);
}
