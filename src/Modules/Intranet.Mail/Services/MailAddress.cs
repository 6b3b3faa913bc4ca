using System.Text.RegularExpressions;

namespace Intranet.Mail.Services;

/// <summary>Validation and normal form (lower case, trimmed) of domains, local parts and addresses.</summary>
public static partial class MailAddress
{
    /// <summary>Addresses RFC 2142 and our own operation need; never given to a person.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "postmaster", "abuse", "hostmaster", "webmaster", "mailer-daemon", "root", "noreply", "no-reply", "admin",
    };

    public static string NormalizeDomain(string? value)
    {
        var domain = (value ?? "").Trim().TrimEnd('.').ToLowerInvariant();
        if (!DomainPattern().IsMatch(domain))
        {
            throw MailValidationException.For("domain", $"Tên miền \"{value}\" không hợp lệ (ví dụ đúng: sotttt.tinh.gov.vn).");
        }

        return domain;
    }

    public static string NormalizeLocalPart(string? value)
    {
        var local = (value ?? "").Trim().ToLowerInvariant();
        if (!LocalPattern().IsMatch(local) || local.Contains("..", StringComparison.Ordinal))
        {
            throw MailValidationException.For("localPart",
                $"Phần trước @ \"{value}\" không hợp lệ: chỉ dùng chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới; tối đa 64 ký tự.");
        }

        return local;
    }

    /// <summary>A full address in normal form, or a <see cref="MailValidationException"/> naming <paramref name="field"/>.</summary>
    public static string Normalize(string? value, string field = "address")
    {
        var text = (value ?? "").Trim();
        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1)
        {
            throw MailValidationException.For(field, $"Địa chỉ thư \"{value}\" không hợp lệ.");
        }

        try
        {
            return NormalizeLocalPart(text[..at]) + "@" + NormalizeDomain(text[(at + 1)..]);
        }
        catch (MailValidationException)
        {
            throw MailValidationException.For(field, $"Địa chỉ thư \"{value}\" không hợp lệ.");
        }
    }

    public static bool TryNormalize(string? value, out string address)
    {
        try
        {
            address = Normalize(value);
            return true;
        }
        catch (MailValidationException)
        {
            address = "";
            return false;
        }
    }

    public static string DomainOf(string address) => address[(address.LastIndexOf('@') + 1)..];

    public static string LocalPartOf(string address) => address[..address.LastIndexOf('@')];

    [GeneratedRegex("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$")]
    private static partial Regex DomainPattern();

    [GeneratedRegex("^[a-z0-9]([a-z0-9._+-]{0,62}[a-z0-9])?$")]
    private static partial Regex LocalPattern();
}
