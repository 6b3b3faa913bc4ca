namespace Intranet.Site.ViewModels;

/// <summary>An admin form: the input, the item's id when editing, and the messages per field.</summary>
public sealed class EditorViewModel<TInput>
{
    public required TInput Input { get; init; }

    public int? Id { get; init; }

    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    public string? Error(string field) => Errors.TryGetValue(field, out var message) ? message : null;
}
