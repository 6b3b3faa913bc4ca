using System.Text;
using Intranet.StaffDirectory.Models;
using Intranet.StaffDirectory.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Intranet.StaffDirectory.Tests;

/// <summary>Importing people from CSV and XLSX: errors with line numbers first, nothing half-written, re-import updates.</summary>
public sealed class ImportTests : IAsyncLifetime
{
    private const string GoodCsv =
        "Họ và tên,Email,Đơn vị,Chức vụ,Điện thoại cơ quan,Di động,Phòng làm việc\r\n" +
        "Nguyễn Văn An,an@so-a.test,phong-tong-hop,Chánh Văn phòng,0290 3802 100,0900 123 400,P.200\r\n" +
        "Trần Thị Bích Hạnh,hanh@so-a.test,Phòng Hành chính – Tổ chức,Trưởng phòng,0290 3802 101,,P.201\r\n";

    private readonly DirectoryHarness _h = new();

    public async Task InitializeAsync()
    {
        await _h.InitAsync();
        await _h.ChangeAsync(_h.SoA, async s =>
        {
            await s.CreateUnitAsync(new UnitInput("phong-tong-hop", "Phòng Tổng hợp", OrgUnitKind.Phong, null));
            return await s.CreateUnitAsync(new UnitInput("phong-hanh-chinh", "Phòng Hành chính – Tổ chức", OrgUnitKind.Phong, null));
        });
    }

    [Fact]
    public async Task A_dry_run_counts_and_writes_nothing()
    {
        var report = await ImportAsync(GoodCsv, "nhan-su.csv", dryRun: true);

        Assert.Empty(report.Errors);
        Assert.Equal((2, 2, 0, false), (report.Rows, report.Created, report.Updated, report.Applied));
        Assert.Equal(0, await CountAsync());
        Assert.Empty(await _h.NamesAsync("nguyen van an"));
    }

    [Fact]
    public async Task An_import_writes_every_row_and_a_reimport_updates_instead_of_duplicating()
    {
        var first = await ImportAsync(GoodCsv, "nhan-su.csv");
        Assert.Equal((2, 0, true), (first.Created, first.Updated, first.Applied));
        Assert.Equal(["Nguyễn Văn An"], await _h.NamesAsync("an nguyen"));

        var again = await ImportAsync(GoodCsv.Replace("P.200", "P.300", StringComparison.Ordinal), "nhan-su.csv");

        Assert.Equal((0, 2), (again.Created, again.Updated));
        Assert.Equal(2, await CountAsync());
        var an = await _h.ChangeAsync(_h.SoA, s => s.Db.People.Include(p => p.Position).SingleAsync(p => p.Email == "an@so-a.test"));
        Assert.Equal(("P.300", "phong-tong-hop", "Chánh Văn phòng"), (an.Room, an.UnitId, an.Position!.Name));
        var hanh = await _h.ChangeAsync(_h.SoA, s => s.Db.People.SingleAsync(p => p.Email == "hanh@so-a.test"));
        Assert.Equal("phong-hanh-chinh", hanh.UnitId); // matched by the unit's name, marks and dash included
    }

    [Fact]
    public async Task Bad_rows_are_reported_with_their_line_numbers_and_nothing_is_written()
    {
        var csv =
            "Họ và tên;Email;Đơn vị;Di động\n" +
            "Lê Hoàng Nam;nam@so-a.test;phong-tong-hop;0902 123 420\n" +
            "\"Phạm Thu\nHà\";ha@so-a.test;phong-tong-hop;0903\n" + // a quoted name over two lines: refused (no line breaks in names), the next record is line 5
            ";khong-ten@so-a.test;phong-tong-hop;\n" +
            "Đỗ Văn Bình;binh-at-so-a.test;phong-khong-co;abc\n" +
            "Vũ Thị Lan;nam@so-a.test;;\n";

        var report = await ImportAsync(csv, "loi.csv");

        Assert.False(report.Applied);
        Assert.Contains(report.Errors, e => e.Line == 5 && e.Message.Contains("Họ và tên", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Line == 6 && e.Message.Contains("binh-at-so-a.test", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Line == 6 && e.Message.Contains("phong-khong-co", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Line == 6 && e.Message.Contains("abc", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Line == 7 && e.Message.Contains("dòng 2", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Line == 3 && e.Message.Contains("U+000A", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Errors, e => e.Line == 2);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task A_file_without_a_key_column_or_a_closed_quote_is_refused_whole()
    {
        var noKey = await ImportAsync("Họ và tên,Di động\r\nLê Văn A,0900\r\n", "a.csv");
        Assert.Contains(noKey.Errors, e => e.Line == 1 && e.Message.Contains("Mã cán bộ", StringComparison.Ordinal));

        var open = await ImportAsync("Họ và tên,Email\r\n\"Lê Văn A,a@so-a.test\r\n", "b.csv");
        Assert.Contains(open.Errors, e => e.Message.Contains("ngoặc kép", StringComparison.Ordinal));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Xlsx_rows_import_by_external_id_when_there_is_no_email()
    {
        var rows = new List<Dictionary<string, object>>
        {
            new() { ["Mã cán bộ"] = "CB001", ["Họ và tên"] = "Hoàng Văn Thái", ["Đơn vị"] = "phong-tong-hop", ["Đang công tác"] = "có" },
            new() { ["Mã cán bộ"] = "CB002", ["Họ và tên"] = "Mai Thị Hoa", ["Đơn vị"] = "phong-tong-hop", ["Đang công tác"] = "không" },
        };
        using var file = new MemoryStream();
        file.SaveAs(rows, excelType: ExcelType.XLSX);

        file.Position = 0;
        var report = await _h.Services.GetRequiredService<PeopleImporter>().ImportAsync(_h.SoA, file, "nhan-su.xlsx", dryRun: false);

        Assert.Empty(report.Errors);
        Assert.Equal(2, report.Created);
        Assert.Equal(["Hoàng Văn Thái"], await _h.NamesAsync("thai"));
        Assert.Empty(await _h.NamesAsync("mai hoa")); // not active: imported but not listed

        var bad = new List<Dictionary<string, object>> { new() { ["Mã cán bộ"] = "CB003", ["Họ và tên"] = "", ["Đơn vị"] = "x" } };
        using var badFile = new MemoryStream();
        badFile.SaveAs(bad, excelType: ExcelType.XLSX);
        badFile.Position = 0;
        var badReport = await _h.Services.GetRequiredService<PeopleImporter>().ImportAsync(_h.SoA, badFile, "loi.xlsx", dryRun: true);
        Assert.All(badReport.Errors, e => Assert.Equal(2, e.Line));
        Assert.Equal(2, badReport.Errors.Count);
    }

    private async Task<ImportReport> ImportAsync(string csv, string name, bool dryRun = false)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        await using var scope = _h.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PeopleImporter>().ImportAsync(_h.SoA, stream, name, dryRun);
    }

    private Task<int> CountAsync() => _h.ChangeAsync(_h.SoA, s => s.Db.People.CountAsync());

    public async Task DisposeAsync() => await _h.DisposeAsync();
}
