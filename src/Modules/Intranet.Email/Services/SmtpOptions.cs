namespace Intranet.Email.Services;

/// <summary>"Intranet:Email:Smtp". Without a Host, mail goes to the pickup folder instead.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>"None", "StartTls", "StartTlsWhenAvailable", "SslOnConnect" or "Auto".</summary>
    public string Security { get; set; } = "Auto";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string? From { get; set; }

    public int TimeoutSeconds { get; set; } = 30;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
