namespace Intranet.Mail.Models;

/// <summary>A per-device password for IMAP/SMTP when the account uses a second factor. Dovecot tries each slot.</summary>
public sealed class MailAppPassword
{
    public const int MaxSlots = 5;

    public int Id { get; set; }

    public int MailboxId { get; set; }

    /// <summary>1..<see cref="MaxSlots"/>, one Dovecot passdb each.</summary>
    public int Slot { get; set; }

    /// <summary>The device, as the owner named it ("Thunderbird máy bàn").</summary>
    public string Name { get; set; } = "";

    public string PasswordHash { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
