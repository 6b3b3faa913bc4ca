namespace Intranet.Core.Recipes;

/// <summary>A recipe that cannot run: malformed, unknown step, invalid step data, or a step that failed.</summary>
public sealed class RecipeException : Exception
{
    public RecipeException(IReadOnlyList<string> errors, Exception? inner = null)
        : base(string.Join(" ", errors), inner) => Errors = errors;

    public RecipeException(string error, Exception? inner = null)
        : this([error], inner)
    {
    }

    public IReadOnlyList<string> Errors { get; }
}
