namespace Intranet.Email.Services;

/// <summary>Configuration section "Intranet:Email".</summary>
public sealed class EmailOptions
{
    public const string Section = "Intranet:Email";

    /// <summary>Sender used when a message names none and SMTP names no From.</summary>
    public string DefaultFrom { get; set; } = "Cổng thông tin nội bộ <no-reply@intranet.local>";

    public SmtpOptions Smtp { get; set; } = new();
}
