using System.IO.Compression;
using System.Text;

namespace Intranet.Testing;

/// <summary>
/// Hostile uploads generated in code (nothing checked in): spreadsheet bombs, zip bombs, XML attacks, broken
/// packages and CSV. Every upload endpoint must refuse each with a 4xx (422 for content), quickly and without a
/// 500. Uses only the base library so any test project can link this file.
/// </summary>
public static class HostileFiles
{
    private static readonly Lazy<byte[]> LazyZipBomb = new(() => XlsxWithHugeSheet(declaredSize: null));
    private static readonly Lazy<byte[]> LazyLyingZipBomb = new(() => XlsxWithHugeSheet(declaredSize: 4096));

    /// <summary>Every hostile file, spreadsheets first; ids are unique.</summary>
    public static IReadOnlyList<HostileFile> All() =>
    [
        new("row-index-bomb", "bigrow.xlsx", RowIndexBomb(), "a 1.5 KB sheet whose only row claims index 2^31-1"),
        new("column-index-bomb", "bigcol.xlsx", Xlsx(Row(1, "<c r=\"XFD1\" t=\"inlineStr\"><is><t>x</t></is></c>")), "a cell in column 16,384"),
        new("zip-bomb", "bomb.xlsx", ZipBomb(), "a sheet of 100 MB of spaces compressed about 1000:1"),
        new("zip-bomb-false-sizes", "bomb2.xlsx", ZipBombWithFalseSizes(), "the same bomb whose directory declares 4 KB"),
        new("many-entries", "many.xlsx", ManyEntries(5_000), "a package with 5,000 entries"),
        new("dtd-xxe", "xxe.xlsx", Xlsx("<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", Row(1, InlineCell("A1", "&xxe;"))), "an external entity (XXE)"),
        new("billion-laughs", "laughs.xlsx", BillionLaughs(), "nested entities that expand to gigabytes"),
        new("malformed-xml", "broken.xlsx", Xlsx("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></row>"), "a cell whose end tag is missing"),
        new("bad-shared-string", "badsst.xlsx", BadSharedStringIndex(), "a cell pointing at shared string 99,999 of 1"),
        new("path-traversal", "traversal.xlsx", PathTraversal(), "an entry named ../../../tmp/evil.xml"),
        new("overlong-cell-xlsx", "longcell.xlsx", Xlsx(Row(1, InlineCell("A1", new string('x', 40_000)))), "a cell of 40,000 characters"),
        new("too-many-columns-xlsx", "wide.xlsx", Xlsx(Row(1, string.Concat(Enumerable.Range(0, 300).Select(_ => "<c t=\"inlineStr\"><is><t>x</t></is></c>")))), "a row of 300 cells"),
        new("not-a-zip", "text.xlsx", Encoding.UTF8.GetBytes("Họ và tên,Email\r\nA,a@b.test\r\n"), "text named .xlsx"),
        new("empty-xlsx", "empty.xlsx", [], "an empty .xlsx"),
        new("overlong-cell-csv", "longcell.csv", Encoding.UTF8.GetBytes("Họ và tên,Email\r\n" + new string('x', 40_000) + ",a@b.test\r\n"), "a CSV cell of 40,000 characters"),
        new("too-many-columns-csv", "wide.csv", Encoding.UTF8.GetBytes("Họ và tên,Email" + new string(',', 300) + "\r\nA,a@b.test\r\n"), "a CSV row of 302 columns"),
        new("invalid-utf8-csv", "latin1.csv", InvalidUtf8Csv(), "a CSV in Windows-1258 (not UTF-8)"),
        new("unterminated-quote-csv", "quote.csv", Encoding.UTF8.GetBytes("Họ và tên,Email\r\n\"Lê Văn A,a@b.test\r\nB,b@b.test\r\n"), "a quote never closed"),
        new("empty-csv", "empty.csv", [], "an empty .csv"),
    ];

    /// <summary>The probe's S2 file: a valid package whose only row is r="2147483647" (about 1.5 KB).</summary>
    public static byte[] RowIndexBomb() =>
        Xlsx("<row r=\"2147483647\"><c r=\"A2147483647\" t=\"inlineStr\"><is><t>x</t></is></c></row>");

    /// <summary>A package whose sheet is 100 MB of spaces (about 100 KB compressed); its directory is honest.</summary>
    public static byte[] ZipBomb() => LazyZipBomb.Value;

    /// <summary>The same bomb with the sheet's declared sizes rewritten to 4 KB, so only checks made while reading catch it.</summary>
    public static byte[] ZipBombWithFalseSizes() => LazyLyingZipBomb.Value;

    public static byte[] ManyEntries(int count) =>
        Zip([.. MinimalParts(Sheet("")), .. Enumerable.Range(0, count).Select(i => ($"xl/media/m{i}.txt", new byte[] { 1 }))]);

    public static byte[] BillionLaughs()
    {
        var dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            dtd.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))};", 10))}\">");
        }

        return Xlsx(dtd.Append("]>").ToString(), Row(1, InlineCell("A1", "&lol9;")));
    }

    public static byte[] BadSharedStringIndex() =>
        Zip([.. MinimalParts(Sheet(Row(1, "<c r=\"A1\" t=\"s\"><v>99999</v></c>")), withSharedStrings: true),
            ("xl/sharedStrings.xml", Utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>Họ và tên</t></si></sst>"))]);

    public static byte[] PathTraversal() =>
        Zip([.. MinimalParts(Sheet(Row(1, InlineCell("A1", "Họ và tên")))), ("../../../tmp/evil.xml", Utf8("<x/>"))]);

    /// <summary>A CSV whose Vietnamese letters are single Windows-1258 bytes (0xD0 for Đ), invalid as UTF-8.</summary>
    public static byte[] InvalidUtf8Csv() =>
        [.. Encoding.ASCII.GetBytes("Ho va ten,Email\r\n"), 0xD0, 0xE7, (byte)' ', 0x41, (byte)',', .. Encoding.ASCII.GetBytes("a@b.test\r\n")];

    /// <summary>A minimal .xlsx whose first sheet's <c>sheetData</c> is <paramref name="sheetData"/> (inline strings only).</summary>
    public static byte[] Xlsx(string sheetData) => Zip(MinimalParts(Sheet(sheetData)));

    /// <summary>As <see cref="Xlsx(string)"/>, with <paramref name="prolog"/> (e.g. a DOCTYPE) before the root element.</summary>
    public static byte[] Xlsx(string prolog, string sheetData) => Zip(MinimalParts(Sheet(sheetData, prolog)));

    /// <summary>A row element with its cells.</summary>
    public static string Row(int number, string cells) => $"<row r=\"{number}\">{cells}</row>";

    /// <summary>An inline-string cell; <paramref name="text"/> is XML (escape it yourself, entities pass through).</summary>
    public static string InlineCell(string reference, string text) => $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{text}</t></is></c>";

    /// <summary>A zip of the given entries, deflated.</summary>
    public static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    private static List<(string Name, byte[] Content)> MinimalParts(byte[] sheet, bool withSharedStrings = false) =>
    [
        ("[Content_Types].xml", Utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>")),
        ("_rels/.rels", Utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")),
        ("xl/workbook.xml", Utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")),
        ("xl/_rels/workbook.xml.rels", Utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
            (withSharedStrings ? "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "") + "</Relationships>")),
        ("xl/worksheets/sheet1.xml", sheet),
    ];

    private static byte[] Sheet(string sheetData, string prolog = "") =>
        Utf8($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>{prolog}<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>{sheetData}</sheetData></worksheet>");

    private static byte[] XlsxWithHugeSheet(int? declaredSize)
    {
        const int Size = 100 * 1024 * 1024;
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in MinimalParts([]).Where(p => p.Name != "xl/worksheets/sheet1.xml"))
            {
                using var part = zip.CreateEntry(name).Open();
                part.Write(content);
            }

            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            sheet.Write(Utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"));
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var written = 0; written < Size; written += spaces.Length)
            {
                sheet.Write(spaces);
            }

            sheet.Write(Utf8("</sheetData></worksheet>"));
        }

        var bytes = buffer.ToArray();
        if (declaredSize is { } declared)
        {
            RewriteUncompressedSize(bytes, "xl/worksheets/sheet1.xml", declared);
        }

        return bytes;
    }

    /// <summary>Overwrites the uncompressed size of an entry in its local header and in the central directory.</summary>
    private static void RewriteUncompressedSize(byte[] zip, string name, int size)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var local = zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x03 && zip[i + 3] == 0x04;
            var central = zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x01 && zip[i + 3] == 0x02;
            var nameAt = local ? i + 30 : i + 46;
            var sizeAt = local ? i + 22 : i + 24;
            if ((local || central) && nameAt + nameBytes.Length <= zip.Length && zip.AsSpan(nameAt, nameBytes.Length).SequenceEqual(nameBytes))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(sizeAt, 4), (uint)size);
            }
        }
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
