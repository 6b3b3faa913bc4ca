namespace Intranet.Mail.Services;

public sealed class MailServerOptions
{
    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; }

    /// <summary>MailKit SecureSocketOptions name: "None", "StartTls", "SslOnConnect", "Auto".</summary>
    public string Security { get; set; } = "Auto";
}
