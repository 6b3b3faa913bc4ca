using System.Globalization;
using System.Text;

namespace Intranet.StaffDirectory.Services;

/// <summary>
/// vCard 4.0 (RFC 6350): UTF-8, CRLF, lines folded at 75 octets without splitting a character, text values escaped
/// (\\ \, \; \n). Only what the reader may see is written: <see cref="DirectoryEntry"/> is already trimmed.
/// </summary>
public static class VCardWriter
{
    public const string ContentType = "text/vcard; charset=utf-8";

    public static void Write(StringBuilder output, DirectoryEntry entry, string? photoDataUri)
    {
        Line(output, "BEGIN:VCARD");
        Line(output, "VERSION:4.0");
        Line(output, "KIND:individual");
        Line(output, "FN:" + Escape(entry.FullName));
        var (family, middle, given) = SplitName(entry.FullName);
        Line(output, $"N:{Escape(family)};{Escape(given)};{Escape(middle)};;");
        Line(output, "ORG:" + Escape(entry.TenantDisplayName) + (entry.UnitName is { } unit ? ";" + Escape(unit) : ""));
        if (entry.Position is { } title)
        {
            Line(output, "TITLE:" + Escape(title));
        }

        if (entry.OfficePhone is { } office)
        {
            Line(output, "TEL;VALUE=uri;TYPE=work,voice:" + TelUri(office));
        }

        if (entry.Mobile is { } mobile)
        {
            Line(output, "TEL;VALUE=uri;TYPE=cell,voice:" + TelUri(mobile));
        }

        if (entry.Email is { } email)
        {
            Line(output, "EMAIL;TYPE=work:" + Escape(email));
        }

        if (entry.Room is { } room)
        {
            Line(output, "NOTE:" + Escape("Phòng làm việc: " + room));
        }

        if (photoDataUri is not null)
        {
            Line(output, "PHOTO:" + photoDataUri);
        }

        Line(output, $"UID:urn:intranet:{entry.TenantName}:{entry.PersonId.ToString(CultureInfo.InvariantCulture)}");
        Line(output, "END:VCARD");
    }

    public static string Write(IEnumerable<(DirectoryEntry Entry, string? Photo)> entries)
    {
        var output = new StringBuilder();
        foreach (var (entry, photo) in entries)
        {
            Write(output, entry, photo);
        }

        return output.ToString();
    }

    /// <summary>Vietnamese order: family name first, given name last, middle names between.</summary>
    public static (string Family, string Middle, string Given) SplitName(string fullName)
    {
        var parts = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            0 => ("", "", ""),
            1 => ("", "", parts[0]),
            _ => (parts[0], string.Join(' ', parts[1..^1]), parts[^1]),
        };
    }

    public static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>A tel: URI (RFC 3966): a Vietnamese number keeps its digits; "0290 3802 100" → tel:0290-3802-100.</summary>
    public static string TelUri(string phone)
    {
        var kept = new StringBuilder();
        foreach (var c in phone.Trim())
        {
            if (char.IsAsciiDigit(c) || (c == '+' && kept.Length == 0))
            {
                kept.Append(c);
            }
            else if ((c is ' ' or '-' or '.') && kept.Length > 0 && kept[^1] != '-')
            {
                kept.Append('-');
            }
        }

        return "tel:" + kept.ToString().TrimEnd('-');
    }

    private static void Line(StringBuilder output, string line)
    {
        // Fold at 75 octets of UTF-8; a continuation line starts with one space (RFC 6350 §3.2).
        var bytes = 0;
        var limit = 75;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (bytes + size > limit)
            {
                output.Append("\r\n ");
                bytes = 1;
                limit = 75;
            }

            output.Append(line, i, length);
            bytes += size;
            i += length - 1;
        }

        output.Append("\r\n");
    }
}
