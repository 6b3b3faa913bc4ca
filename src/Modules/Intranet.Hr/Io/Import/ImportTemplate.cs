using System.Text;
using Intranet.Hr.Io.Xlsx;

namespace Intranet.Hr.Io.Import;

/// <summary>
/// The import template, generated from <see cref="ImportSchema"/> so it cannot drift from what the import reads:
/// the header row (Vietnamese name and [key]); in XLSX a second sheet explains each column with an example.
/// </summary>
public static class ImportTemplate
{
    public const string CsvFileName = "mau-nhap-ho-so-can-bo.csv";
    public const string XlsxFileName = "mau-nhap-ho-so-can-bo.xlsx";

    public static byte[] Csv()
    {
        var text = new StringBuilder();
        text.AppendJoin(',', ImportSchema.Columns.Select(c => CsvText.Quote(c.TemplateHeader))).Append("\r\n");

        // With a BOM, Excel opens the file as UTF-8 and keeps the diacritics.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx() => XlsxWriter.Write(
    [
        new XlsxSheet("Hồ sơ", [.. ImportSchema.Columns.Select(c => c.TemplateHeader)], []),
        new XlsxSheet(
            "Hướng dẫn",
            ["Cột", "Khoá", "Bắt buộc", "Ví dụ", "Cách ghi"],
            ImportSchema.Columns.Select(c => (IReadOnlyList<string?>)[c.Header, c.Key, c.Required ? "Có" : "", c.Example, c.Hint]),
            [34, 24, 10, 30, 90]),
    ]);
}
