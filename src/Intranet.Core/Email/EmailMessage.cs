namespace Intranet.Core.Email;

/// <summary>A notification email (password reset, alerts). Bodies are plain text, with optional HTML.</summary>
public sealed record EmailMessage(IReadOnlyList<string> To, string Subject, string TextBody)
{
    public string? HtmlBody { get; init; }

    /// <summary>Null means the configured default sender.</summary>
    public string? From { get; init; }
}
