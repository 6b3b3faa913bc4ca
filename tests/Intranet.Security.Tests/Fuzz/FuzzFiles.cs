using System.IO.Compression;
using System.Text;

namespace Intranet.Security.Tests.Fuzz;

/// <summary>
/// Hostile uploads made on the spot (no fixtures on disk): spreadsheets that lie about their size or carry a
/// DTD, zip bombs, garbage, an image header claiming 4 billion pixels, dangerous file names. The uploads
/// helper's shared generator may replace this one.
/// </summary>
public static class FuzzFiles
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IReadOnlyList<HostileFile> All { get; } =
    [
        new("row-index bomb xlsx (r=2147483647)", "bom-hang.xlsx", Xlsx,
            () => Workbook("<row r=\"2147483647\"><c r=\"A2147483647\" t=\"inlineStr\"><is><t>x</t></is></c></row>"), IsRowIndexBomb: true),
        new("column-index bomb xlsx (XFD)", "bom-cot.xlsx", Xlsx, () => Workbook("<row r=\"1\"><c r=\"XFD1\" t=\"inlineStr\"><is><t>x</t></is></c></row>")),
        new("xlsx with a DTD (billion laughs)", "dtd.xlsx", Xlsx, () => Workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>", BillionLaughs)),
        new("xlsx with an external entity", "xxe.xlsx", Xlsx, () => Workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>",
            "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")),
        new("xlsx with mismatched tags", "hong.xlsx", Xlsx, () => Workbook("<row r=\"1\"><c r=\"A1\"><v>1</row></c>")),
        new("xlsx with a shared-string index past the table", "chuoi.xlsx", Xlsx, () => Workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99999</v></c></row>")),
        new("xlsx zip bomb (64 MB of whitespace in one sheet)", "bom-zip.xlsx", Xlsx, () => Workbook("", padding: 64)),
        new("plain zip bomb (64 MB of zeros)", "bom.zip", "application/zip", ZipOfZeros),
        new("garbage bytes named .xlsx", "rac.xlsx", Xlsx, () => Garbage(64 * 1024)),
        new("garbage bytes named .csv", "rac.csv", "text/csv", () => Garbage(64 * 1024)),
        new("empty file", "rong.xlsx", Xlsx, () => []),
        new("CSV with one 1 MB cell", "o-lon.csv", "text/csv", () => Encoding.UTF8.GetBytes("Họ và tên,Email\n\"" + new string('x', 1024 * 1024) + "\",a@b.test\n")),
        new("CSV with 10,000 columns", "cot.csv", "text/csv", () => Encoding.UTF8.GetBytes(string.Join(',', Enumerable.Range(0, 10_000)) + "\n")),
        new("CSV with 100,000 rows", "hang.csv", "text/csv", () => Encoding.UTF8.GetBytes("Họ và tên,Email\n" + string.Concat(Enumerable.Repeat("A,a@b.test\n", 100_000)))),
        new("CSV with NUL, invalid UTF-8 and an unclosed quote", "xau.csv", "text/csv", () => [.. "Họ và tên\n\"a\0"u8, 0xFF, 0xFE, .. "\nb"u8]),
        new("PNG claiming 65535×65535 pixels", "anh.png", "image/png", HugePng),
        new("truncated JPEG", "anh.jpg", "image/jpeg", () => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]),
        new("file name with a path", "../../../../etc/passwd.csv", "text/csv", () => "Họ và tên\nA\n"u8.ToArray()),
        new("file name with CR/LF and NUL", "a\r\nb\0.csv", "text/csv", () => "Họ và tên\nA\n"u8.ToArray()),
        new("file name of 2,000 characters", new string('t', 2000) + ".csv", "text/csv", () => "Họ và tên\nA\n"u8.ToArray()),
    ];

    private static string BillionLaughs =>
        "<!DOCTYPE lolz [<!ENTITY lol \"lol\">" + string.Concat(Enumerable.Range(1, 9).Select(i =>
            $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))};", 10))}\">")) + "]>";

    private static byte[] Workbook(string rows, string doctype = "", int padding = 0)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            Entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            Entry(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>Họ và tên</t></si></sst>");
            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
            sheet.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            var spaces = new string(' ', 1024 * 1024);
            for (var i = 0; i < padding; i++)
            {
                sheet.Write(spaces);
            }

            sheet.Write(rows + "</sheetData></worksheet>");
        }

        return buffer.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    private static byte[] ZipOfZeros()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("khong.bin", CompressionLevel.Fastest).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                entry.Write(zeros);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] Garbage(int length)
    {
        var bytes = new byte[length];
        new Random(20261206).NextBytes(bytes);
        return bytes;
    }

    private static byte[] HugePng() =>
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, // signature
        0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, // IHDR, 13 bytes
        0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0xFF, 0xFF, 0x08, 0x06, 0x00, 0x00, 0x00, // 65535 × 65535, RGBA
        0x00, 0x00, 0x00, 0x00, // CRC (wrong on purpose)
        0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];
}
