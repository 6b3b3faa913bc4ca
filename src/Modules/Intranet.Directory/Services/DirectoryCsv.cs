using System.Text;

namespace Intranet.StaffDirectory.Services;

/// <summary>
/// The directory as CSV for Excel: UTF-8 with a BOM (without it Excel reads Vietnamese as mojibake), CRLF, RFC 4180
/// quoting, and cells that Excel would run as a formula prefixed with an apostrophe (CSV injection).
/// </summary>
public static class DirectoryCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly string[] Header = ["Họ và tên", "Đơn vị", "Phòng/ban", "Chức vụ", "Email", "Điện thoại cơ quan", "Di động", "Phòng làm việc"];

    public static byte[] Write(IEnumerable<DirectoryEntry> entries)
    {
        var text = new StringBuilder();
        Row(text, Header);
        foreach (var e in entries)
        {
            Row(text, [e.FullName, e.TenantDisplayName, e.UnitName, e.Position, e.Email, e.OfficePhone, e.Mobile, e.Room]);
        }

        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(text.ToString());
        return [.. preamble, .. body];
    }

    public static string Cell(string? value)
    {
        var v = value ?? "";
        // A phone number (+84 901 …) is left as typed; anything else that starts like a formula is defused.
        if (v.Length > 0 && (v[0] is '=' or '@' or '\t' or '\r' || (v[0] is '+' or '-' && !IsPhoneLike(v.AsSpan(1)))))
        {
            v = "'" + v;
        }

        return v.IndexOfAny([',', '"', '\r', '\n', ';']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
    }

    private static bool IsPhoneLike(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return false;
        }

        foreach (var c in rest)
        {
            if (!char.IsAsciiDigit(c) && c is not (' ' or '.' or '(' or ')' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static void Row(StringBuilder text, IEnumerable<string?> cells)
    {
        text.AppendJoin(',', cells.Select(Cell));
        text.Append("\r\n");
    }
}
