using System.Text;
using Intranet.Core.Uploads;
using Intranet.Testing;

namespace Intranet.Core.Tests.Uploads;

/// <summary>What well-formed CSV and XLSX files read as: cells, line numbers, and the limits a caller sets.</summary>
public sealed class TableReaderTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Csv_reads_quotes_semicolons_and_line_numbers_with_or_without_a_bom(bool bom)
    {
        var text = "Họ và tên;Email\r\n\"Phạm \"\"Thu\"\"\nHà\";ha@x.test\r\n\r\nLê Nam;nam@x.test\n";
        var bytes = (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var rows = UploadTables.Read(new MemoryStream(bytes), "a.csv", UploadLimits.Default).ToList();

        Assert.Equal([1, 2, 5], rows.Select(r => r.Line));
        Assert.Equal(["Họ và tên", "Email"], rows[0].Cells);
        Assert.Equal(["Phạm \"Thu\"\nHà", "ha@x.test"], rows[1].Cells);
        Assert.Equal(["Lê Nam", "nam@x.test"], rows[2].Cells);
    }

    [Fact]
    public void Xlsx_reads_shared_inline_numeric_and_boolean_cells_at_their_columns()
    {
        var sheet = HostileFiles.Row(1, HostileFiles.InlineCell("A1", "Họ và tên") + "<c r=\"C1\" t=\"s\"><v>0</v></c>") +
            HostileFiles.Row(3, "<c r=\"A3\" t=\"inlineStr\"><is><r><t>Trần </t></r><r><t>Bình</t></r><rPh><t>phonetic</t></rPh></is></c><c r=\"B3\"><v>900123400</v></c><c r=\"D3\" t=\"b\"><v>1</v></c>") +
            "<row r=\"4\"><c r=\"A4\"/></row><row r=\"90000\" s=\"2\" customFormat=\"1\"/>"; // empty rows anywhere are skipped
        var bytes = HostileFiles.Zip(Parts(HostileFiles.Xlsx(sheet), ("xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>Email</t></si></sst>")));

        var rows = UploadTables.Read(new MemoryStream(bytes), "a.xlsx", UploadLimits.Default).ToList();

        Assert.Equal([1, 3], rows.Select(r => r.Line)); // row 4 is blank
        Assert.Equal(["Họ và tên", "", "Email"], rows[0].Cells);
        Assert.Equal(["Trần Bình", "900123400", "", "TRUE"], rows[1].Cells);
    }

    [Theory]
    [InlineData("a.csv")]
    [InlineData("a.xlsx")]
    public void The_row_limit_counts_data_rows_and_names_the_first_row_over_it(string name)
    {
        var bytes = name.EndsWith(".csv", StringComparison.Ordinal)
            ? Encoding.UTF8.GetBytes("h\n1\n2\n3\n")
            : HostileFiles.Xlsx(string.Concat(Enumerable.Range(1, 4).Select(i => HostileFiles.Row(i, HostileFiles.InlineCell($"A{i}", "x")))));

        Assert.Equal(3, UploadTables.Read(new MemoryStream(bytes), name, UploadLimits.Default with { MaxRows = 2 }).Take(3).Count());
        var ex = Assert.Throws<UploadRejectedException>(() => UploadTables.Read(new MemoryStream(bytes), name, UploadLimits.Default with { MaxRows = 2 }).ToList());
        Assert.Equal(4, ex.Line);
        Assert.Contains("2 dòng", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("a/../../evil.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/Windows/x")]
    [InlineData("a\\..\\x")]
    [InlineData("a\u0000b")]
    public void Entry_names_that_could_leave_the_folder_are_refused(string name)
    {
        Assert.NotNull(ZipEntryNames.Problem(name));
        Assert.Throws<UploadRejectedException>(() => ZipEntryNames.PathUnder(Path.GetTempPath(), name));
    }

    [Fact]
    public void A_package_claiming_too_many_entries_is_refused_from_its_end_record()
    {
        var ex = Assert.Throws<UploadRejectedException>(() => SafeZipArchive.Open(new MemoryStream(HostileFiles.ManyEntries(1_500)), UploadLimits.Default));
        Assert.Contains("1.505 mục", ex.Message, StringComparison.Ordinal);
        Assert.Equal("xl/a.xml", Path.GetRelativePath(Path.GetTempPath(), ZipEntryNames.PathUnder(Path.GetTempPath(), "xl/a.xml")).Replace('\\', '/'));
    }

    [Fact]
    public void Safe_xml_settings_refuse_a_dtd_and_resolve_nothing()
    {
        var settings = SafeXml.ReaderSettings(UploadLimits.Default);
        Assert.Equal(System.Xml.DtdProcessing.Prohibit, settings.DtdProcessing);

        using var reader = SafeXml.Create(new MemoryStream(Encoding.UTF8.GetBytes("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>")), UploadLimits.Default);
        var ex = Assert.Throws<System.Xml.XmlException>(() => { while (reader.Read()) { } });
        Assert.Contains("DTD", SafeXml.Reject(ex, "edxml.xml").Message, StringComparison.Ordinal);
    }

    private static List<(string, byte[])> Parts(byte[] xlsx, (string Name, string Xml) extra)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        var parts = zip.Entries.Select(e =>
        {
            using var s = e.Open();
            using var copy = new MemoryStream();
            s.CopyTo(copy);
            var bytes = copy.ToArray();
            if (e.FullName == "xl/_rels/workbook.xml.rels")
            {
                bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("</Relationships>",
                    "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/></Relationships>", StringComparison.Ordinal));
            }

            return (e.FullName, bytes);
        }).ToList();
        parts.Add((extra.Name, Encoding.UTF8.GetBytes(extra.Xml)));
        return parts;
    }
}
