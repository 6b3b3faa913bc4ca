namespace Intranet.Site.ViewModels;

/// <summary>One labelled form field with its message, for the shared _Field partial.</summary>
public sealed record FieldModel(string Name, string Label, string? Value, string? Error)
{
    public bool Required { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>More than 0: a textarea of that many rows.</summary>
    public int Rows { get; init; }

    public string? Placeholder { get; init; }

    public string? Hint { get; init; }

    public string Id => "field-" + Name;
}
