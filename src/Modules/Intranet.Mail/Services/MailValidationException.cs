namespace Intranet.Mail.Services;

/// <summary>A refused change, with the Vietnamese message shown to the administrator. Nothing was written.</summary>
public sealed class MailValidationException : Exception
{
    public MailValidationException(string message)
        : base(message)
    {
    }

    public MailValidationException()
    {
    }

    public MailValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The field the message is about, for forms; null for the whole request.</summary>
    public string? Field { get; init; }

    public static MailValidationException For(string field, string message) => new(message) { Field = field };
}
