using System.Net;
using System.Text.Json;
using Intranet.Hr.Io.Import;
using Intranet.Testing;

namespace Intranet.Hr.Tests.Io;

/// <summary>
/// The dry run names every bad row and column in Vietnamese and writes nothing; the same file in commit mode is
/// refused whole. Each case checks the record count before and after.
/// </summary>
public sealed class ImportDryRunTests : IClassFixture<HrIoFixture>
{
    private readonly HrIoFixture _f;

    public ImportDryRunTests(HrIoFixture fixture) => _f = fixture;

    public static TheoryData<string, string, int, string, string> BadFiles()
    {
        var ok = ImportFiles.NewId();
        var dup = ImportFiles.NewId();
        return new()
        {
            { "bad date", ImportFiles.Row(ImportFiles.NewId(), birth: "31/02/1980"), 2, ImportSchema.BirthDate, "không có thật" },
            { "cccd 9 digits", ImportFiles.Row("123456789"), 2, ImportSchema.PersonalId, "12 chữ số" },
            { "cccd with letters", ImportFiles.Row("00108001234A"), 2, ImportSchema.PersonalId, "12 chữ số" },
            { "unknown rank", ImportFiles.Row(ImportFiles.NewId(), rank: "99.999"), 2, ImportSchema.RankCode, "không có trong danh mục" },
            { "unknown ethnic group", ImportFiles.Row(ImportFiles.NewId(), ethnicity: "Không tồn tại"), 2, ImportSchema.Ethnicity, "không có trong danh mục dân tộc" },
            { "unknown IT level", ImportFiles.Row(ImportFiles.NewId(), it: "Siêu cấp"), 2, ImportSchema.ItLevel, "không có trong danh mục trình độ tin học" },
            { "step past the scale", ImportFiles.Row(ImportFiles.NewId(), step: "12"), 2, ImportSchema.Step, "1–9" },
            { "bad sex", ImportFiles.Row(ImportFiles.NewId(), sex: "X"), 2, ImportSchema.Sex, "Nam hoặc Nữ" },
            { "missing name", ImportFiles.Row(ImportFiles.NewId(), name: ""), 2, ImportSchema.FullName, "bắt buộc" },
            { "duplicate ids", ImportFiles.Row(ok) + "\r\n" + ImportFiles.Row(dup) + "\r\n" + ImportFiles.Row(dup, name: "Trần Văn Hai"), 4, ImportSchema.PersonalId, "trùng với dòng 3" },
        };
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_cell_is_named_by_row_and_column_in_Vietnamese_and_nothing_is_written(string why, string rows, int row, string column, string message)
    {
        var before = (await _f.ExportRowsAsync(_f.SoA)).Count;

        foreach (var dryRun in new[] { true, false })
        {
            var errors = await ProblemsAsync(await HrIoFixture.ImportAsync(_f.Officer, _f.SoA, ImportFiles.Csv(ImportFiles.Header, rows), "ho-so.csv", dryRun), why);
            Assert.Contains(errors, e => e.Row == row && e.Column == column && e.Message.Contains(message, StringComparison.Ordinal));
        }

        Assert.Equal(before, (await _f.ExportRowsAsync(_f.SoA)).Count);
    }

    [Fact]
    public async Task Every_bad_cell_of_a_file_is_listed_not_only_the_first()
    {
        var file = ImportFiles.Csv(ImportFiles.Header, ImportFiles.Row("12345", birth: "31/02/1980"), ImportFiles.Row(ImportFiles.NewId(), rank: "01.999"));

        var errors = await ProblemsAsync(await HrIoFixture.ImportAsync(_f.Officer, _f.SoA, file, "ho-so.csv", dryRun: true), "many");

        Assert.Contains(errors, e => e is { Row: 2, Column: ImportSchema.PersonalId });
        Assert.Contains(errors, e => e is { Row: 2, Column: ImportSchema.BirthDate });
        Assert.Contains(errors, e => e is { Row: 3, Column: ImportSchema.RankCode });
        Assert.All(errors, e => Assert.StartsWith("Dòng ", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wrong_and_missing_columns_are_named()
    {
        var file = ImportFiles.Csv("Số định danh cá nhân (CCCD),Họ và tên khai sinh,Ngày sinh,Lương tháng", "001080099999,Nguyễn Văn An,01/01/1980,5000000");

        var errors = await ProblemsAsync(await HrIoFixture.ImportAsync(_f.Officer, _f.SoA, file, "ho-so.csv", dryRun: true), "columns");

        Assert.Contains(errors, e => e.Row == 1 && e.ColumnName == "Lương tháng" && e.Message.Contains("không có trong mẫu", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 1 && e.Column == ImportSchema.Sex && e.Message.Contains("thiếu cột bắt buộc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_with_a_header_and_no_rows_is_reported_as_empty()
    {
        var errors = await ProblemsAsync(await HrIoFixture.ImportAsync(_f.Officer, _f.SoA, ImportFiles.Csv(ImportFiles.Header), "ho-so.csv", dryRun: true), "empty");

        Assert.Contains(errors, e => e.Message.Contains("không có dòng dữ liệu", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_zero_byte_file_is_a_400_and_a_non_spreadsheet_a_415_in_Vietnamese()
    {
        var empty = await HrIoFixture.ImportAsync(_f.Officer, _f.SoA, [], "ho-so.csv", dryRun: true);
        var pdf = await HrIoFixture.ImportAsync(_f.Officer, _f.SoA, "%PDF-1.7"u8.ToArray(), "ho-so.pdf", dryRun: true);
        var fakeXlsx = await HrIoFixture.ImportAsync(_f.Officer, _f.SoA, "Họ và tên,Ngày sinh"u8.ToArray(), "ho-so.xlsx", dryRun: true);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, pdf.StatusCode);
        Assert.Contains("không phải bảng tính", JsonDocument.Parse(await pdf.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fakeXlsx.StatusCode);
        Assert.Equal("application/problem+json", fakeXlsx.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_1979_edition_and_names_map_to_the_stored_2008_code()
    {
        var id = ImportFiles.NewId();
        var byCode1979 = ImportFiles.Csv(ImportFiles.Header, ImportFiles.Row(id, ethnicity: "04"));

        var response = await HrIoFixture.ImportAsync(_f.Officer, _f.SoA, byCode1979, "ho-so.csv", dryRun: false, "&ethnicEdition=1979");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // 04 is Hoa in the 1979 order and Mường in the 2008 one; the export shows the name of what was stored.
        var row = (await _f.ExportRowsAsync(_f.SoA)).Single(r => r.Count > 0 && r[0] == id);
        var header = (await _f.ExportRowsAsync(_f.SoA))[0];
        Assert.Equal("Hoa (Hán)", row[IndexOf(header, ImportSchema.Ethnicity)]);
    }

    internal static int IndexOf(IReadOnlyList<string> header, string key) => header.ToList().FindIndex(h => h.EndsWith($"[{key}]", StringComparison.Ordinal));

    internal static async Task<List<Problem>> ProblemsAsync(HttpResponseMessage response, string why)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{why}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var json = JsonDocument.Parse(text);
        Assert.Contains("chưa ghi gì", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        return [.. json.RootElement.GetProperty("errors").EnumerateArray().Select(e => new Problem(
            e.GetProperty("row").GetInt32(),
            e.GetProperty("column").ValueKind == JsonValueKind.Null ? null : e.GetProperty("column").GetString(),
            e.GetProperty("columnName").ValueKind == JsonValueKind.Null ? null : e.GetProperty("columnName").GetString(),
            e.GetProperty("message").GetString()!))];
    }

    internal sealed record Problem(int Row, string? Column, string? ColumnName, string Message);
}
