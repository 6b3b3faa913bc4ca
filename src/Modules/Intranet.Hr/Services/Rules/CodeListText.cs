using System.Globalization;
using Intranet.Hr.Rules;

namespace Intranet.Hr.Services.Rules;

/// <summary>
/// The admin form's plain-text form of a list, one entry a line: <c>mã | tên | mã cha | số;số | tháng | tên khác;tên khác</c>
/// (trailing columns optional). Plain text keeps the form usable with a keyboard and pasteable from a spreadsheet.
/// </summary>
public static class CodeListText
{
    public static string Format(IEnumerable<CodeItem> items) =>
        string.Join('\n', items.Select(i => string.Join(" | ", new[]
        {
            i.Code, i.Name, i.Parent ?? "",
            string.Join(';', i.Values.Select(v => v.ToString(CultureInfo.InvariantCulture))),
            i.Months?.ToString(CultureInfo.InvariantCulture) ?? "",
            string.Join(';', i.Aliases),
        }).TrimEnd(' ', '|')));

    /// <summary>Parses the lines; problems are added to <paramref name="errors"/> with the line number.</summary>
    public static IReadOnlyList<CodeItem> Parse(string? text, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var items = new List<CodeItem>();
        var lines = (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            if (string.IsNullOrWhiteSpace(lines[n]))
            {
                continue;
            }

            var cells = lines[n].Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 2 || cells.Length > 6)
            {
                errors.Add($"Dòng {n + 1}: cần “mã | tên” và tối đa 6 cột.");
                continue;
            }

            var values = new List<decimal>();
            foreach (var number in Cell(cells, 3)?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [])
            {
                if (decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    values.Add(value);
                }
                else
                {
                    errors.Add($"Dòng {n + 1}: “{number}” không phải là số (dùng dấu chấm thập phân, ví dụ 2.34).");
                }
            }

            int? months = null;
            if (Cell(cells, 4) is { } m)
            {
                if (int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                {
                    months = parsed;
                }
                else
                {
                    errors.Add($"Dòng {n + 1}: số tháng “{m}” không hợp lệ.");
                }
            }

            items.Add(new CodeItem(cells[0], cells[1])
            {
                Parent = Cell(cells, 2),
                Values = values,
                Months = months,
                Aliases = Cell(cells, 5)?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            });
        }

        return items;
    }

    private static string? Cell(string[] cells, int index) => index < cells.Length && cells[index].Length > 0 ? cells[index] : null;
}
