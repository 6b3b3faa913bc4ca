using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Intranet.Learning.Services.Quiz;

/// <summary>
/// A minimal XLSX writer (inline strings and numbers, one header row per sheet) over System.IO.Compression, so the
/// quiz export needs no spreadsheet library. Cells that look like formulas are written as text, never evaluated.
/// </summary>
internal static class SimpleXlsx
{
    public sealed record Sheet(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows);

    public static byte[] Write(IReadOnlyList<Sheet> sheets)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", ContentTypes(sheets.Count));
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            var names = new StringBuilder();
            var rels = new StringBuilder();
            for (var i = 1; i <= sheets.Count; i++)
            {
                var name = sheets[i - 1].Name.Length > 31 ? sheets[i - 1].Name[..31] : sheets[i - 1].Name;
                names.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{SecurityElement.Escape(name)}\" sheetId=\"{i}\" r:id=\"rId{i}\"/>");
                rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{i}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>");
                Add(zip, $"xl/worksheets/sheet{i}.xml", SheetXml(sheets[i - 1]));
            }

            Add(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{names}</sheets></workbook>""");
            Add(zip, "xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>""");
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    private static string ContentTypes(int sheets)
    {
        var overrides = string.Concat(Enumerable.Range(1, sheets).Select(i =>
            $"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"));
        return $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{overrides}</Types>""";
    }

    private static string SheetXml(Sheet sheet)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        var r = 1;
        Row(xml, r++, sheet.Header);
        foreach (var row in sheet.Rows)
        {
            Row(xml, r++, row);
        }

        return xml.Append("</sheetData></worksheet>").ToString();
    }

    private static void Row(StringBuilder xml, int r, IEnumerable<object?> cells)
    {
        xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{r}\">");
        var c = 0;
        foreach (var cell in cells)
        {
            var reference = Column(c++) + r.ToString(CultureInfo.InvariantCulture);
            switch (cell)
            {
                case null:
                    break;
                case int or long or decimal or double:
                    xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"><v>{Convert.ToString(cell, CultureInfo.InvariantCulture)}</v></c>");
                    break;
                default:
                    var text = Clean(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "");
                    xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(text)}</t></is></c>");
                    break;
            }
        }

        xml.Append("</row>");
    }

    /// <summary>Characters XML 1.0 cannot carry are dropped (a learner's answer may hold anything).</summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is '\t' or '\n' or '\r' || (ch >= 0x20 && ch is not ('\uFFFE' or '\uFFFF') && !char.IsSurrogate(ch)))
            {
                builder.Append(ch);
            }
        }

        return builder.Length > 32_767 ? builder.ToString(0, 32_767) : builder.ToString();
    }

    private static string Column(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }
}
