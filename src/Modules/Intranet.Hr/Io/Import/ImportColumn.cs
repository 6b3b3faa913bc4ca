namespace Intranet.Hr.Io.Import;

/// <summary>
/// One column of the import template: a stable key scripts and old files can use, the Vietnamese header people
/// see, whether it must have a value, and an example and hint for the template's second sheet.
/// </summary>
public sealed record ImportColumn(string Key, string Header, bool Required, string Example, string Hint)
{
    /// <summary>The header written in the template: the Vietnamese name with the key in brackets.</summary>
    public string TemplateHeader => $"{Header} [{Key}]";
}
