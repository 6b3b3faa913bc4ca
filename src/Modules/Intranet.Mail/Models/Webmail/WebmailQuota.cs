namespace Intranet.Mail.Models.Webmail;

/// <summary>Storage used and allowed (GETQUOTAROOT); <see cref="LimitBytes"/> is null when unlimited.</summary>
public sealed record WebmailQuota(long UsedBytes, long? LimitBytes)
{
    public int Percent => LimitBytes is > 0 ? (int)Math.Min(100, UsedBytes * 100 / LimitBytes.Value) : 0;
}
