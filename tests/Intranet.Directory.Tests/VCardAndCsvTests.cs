using System.Text;
using Intranet.StaffDirectory.Services;

namespace Intranet.StaffDirectory.Tests;

/// <summary>vCard 4.0 and CSV files that other programs (phones, Outlook, Excel) read correctly.</summary>
public sealed class VCardAndCsvTests
{
    private static readonly DirectoryEntry Hanh = new()
    {
        TenantName = "so-a",
        TenantDisplayName = "Sở Tài chính; tỉnh Bình An",
        PersonId = 7,
        FullName = "Trần Thị Bích Hạnh",
        UnitId = "phong-hc",
        UnitName = "Phòng Hành chính, Tổ chức",
        Position = "Trưởng phòng\\Phó ban",
        Email = "hanh@so-a.test",
        OfficePhone = "0290 3802 101",
        Mobile = "+84 901 123 410",
    };

    [Fact]
    public void A_vcard_parses_with_its_fields_escaped_and_structured()
    {
        var card = Assert.Single(VCardParser.Parse(VCardWriter.Write([(Hanh, null)])));

        Assert.Equal("Trần Thị Bích Hạnh", card.Get("FN"));
        Assert.Equal(["Trần", "Hạnh", "Thị Bích", "", ""], VCardParser.Components(card.Get("N")!));
        Assert.Equal(["Sở Tài chính; tỉnh Bình An", "Phòng Hành chính, Tổ chức"], VCardParser.Components(card.Get("ORG")!));
        Assert.Equal("Trưởng phòng\\Phó ban", card.Get("TITLE"));
        Assert.Equal("hanh@so-a.test", card.Get("EMAIL"));
        var work = card.Properties.Single(p => p.Name == "TEL" && p.Parameters["TYPE"] == "work,voice");
        Assert.Equal("tel:0290-3802-101", work.Value);
        Assert.Equal("tel:+84-901-123-410", card.Properties.Single(p => p.Name == "TEL" && p.Parameters["TYPE"] == "cell,voice").Value);
    }

    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_a_character()
    {
        var photo = "data:image/png;base64," + Convert.ToBase64String(new byte[400]);
        var longName = Hanh with { FullName = string.Concat(Enumerable.Repeat("Nguyễn Thị Ngọc Ánh ", 6)).Trim() };
        var text = VCardWriter.Write([(longName, photo)]);

        foreach (var line in text.Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line of {Encoding.UTF8.GetByteCount(line)} octets");
        }

        var card = Assert.Single(VCardParser.Parse(text));
        Assert.Equal(longName.FullName, card.Get("FN"));
        Assert.Equal(photo, card.Get("PHOTO"));
    }

    [Fact]
    public void A_unit_file_holds_one_card_per_person()
    {
        var text = VCardWriter.Write([(Hanh, null), (Hanh with { PersonId = 8, FullName = "Lê Văn Tám", Email = null, Mobile = null }, null)]);
        var cards = VCardParser.Parse(text);
        Assert.Equal(["Trần Thị Bích Hạnh", "Lê Văn Tám"], cards.Select(c => c.Get("FN")));
        Assert.Null(cards[1].Get("EMAIL"));
        Assert.Single(cards[1].Properties, p => p.Name == "TEL");
    }

    [Fact]
    public void Csv_has_a_bom_for_excel_quotes_what_needs_it_and_defuses_formulas()
    {
        var bytes = DirectoryCsv.Write([Hanh, Hanh with { FullName = "=HYPERLINK(\"http://x\")", Room = "-1+2" }]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Họ và tên,Đơn vị,", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"Sở Tài chính; tỉnh Bình An\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("+84 901 123 410", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://x\"\")\"", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",'-1+2", lines[2], StringComparison.Ordinal);
    }
}
