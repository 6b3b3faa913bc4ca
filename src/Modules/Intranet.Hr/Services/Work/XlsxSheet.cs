using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Intranet.Hr.Services.Work;

/// <summary>
/// A one-sheet .xlsx written directly (SpreadsheetML in a zip): text as inline strings, so a value starting with "="
/// is never a formula; dates as serial numbers with a dd/MM/yyyy style. Small enough not to need a library, and free
/// of the OpenXML SDK version the résumé export uses.
/// </summary>
public static class XlsxSheet
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static byte[] Write(string sheetName, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
                """);
            Entry(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
            Entry(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
                """);
            // Style 1: dates dd/MM/yyyy (custom number format 164); style 2: bold headers.
            Entry(zip, "xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>
                """);
            using (var writer = XmlWriter.Create(zip.CreateEntry("xl/workbook.xml").Open(), Settings()))
            {
                writer.WriteStartElement("workbook", Main);
                writer.WriteAttributeString("xmlns", "r", null, Rel);
                writer.WriteStartElement("sheets", Main);
                writer.WriteStartElement("sheet", Main);
                writer.WriteAttributeString("name", sheetName);
                writer.WriteAttributeString("sheetId", "1");
                writer.WriteAttributeString("id", Rel, "rId1");
                writer.WriteEndDocument();
            }

            using var sheet = XmlWriter.Create(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), Settings());
            WriteSheet(sheet, rows);
        }

        return buffer.ToArray();
    }

    /// <summary>Marks a header cell (bold).</summary>
    public sealed record Header(string Text);

    private static void WriteSheet(XmlWriter w, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        w.WriteStartElement("worksheet", Main);
        w.WriteStartElement("sheetData", Main);
        for (var r = 0; r < rows.Count; r++)
        {
            w.WriteStartElement("row", Main);
            w.WriteAttributeString("r", (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            for (var c = 0; c < rows[r].Count; c++)
            {
                var value = rows[r][c];
                if (value is null)
                {
                    continue;
                }

                w.WriteStartElement("c", Main);
                w.WriteAttributeString("r", ColumnName(c) + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                switch (value)
                {
                    case DateOnly date:
                        w.WriteAttributeString("s", "1");
                        w.WriteElementString("v", Main, (date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture));
                        break;
                    case int or decimal or long:
                        w.WriteElementString("v", Main, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                        break;
                    default:
                        if (value is Header)
                        {
                            w.WriteAttributeString("s", "2");
                        }

                        w.WriteAttributeString("t", "inlineStr");
                        w.WriteStartElement("is", Main);
                        w.WriteStartElement("t", Main);
                        w.WriteAttributeString("xml", "space", null, "preserve");
                        w.WriteString(Clean(value is Header h ? h.Text : value.ToString() ?? ""));
                        w.WriteEndElement();
                        w.WriteEndElement();
                        break;
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndDocument();
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>XML 1.0 cannot carry most control characters; a name with one must not break the whole file.</summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            builder.Append(XmlConvert.IsXmlChar(ch) || char.IsSurrogate(ch) ? ch : ' ');
        }

        return builder.ToString();
    }

    private static XmlWriterSettings Settings() => new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name).Open();
        var bytes = new UTF8Encoding(false).GetBytes(content.Trim());
        stream.Write(bytes);
    }
}
