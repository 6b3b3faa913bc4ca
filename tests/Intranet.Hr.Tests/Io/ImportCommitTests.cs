using System.Net;
using System.Net.Http.Json;
using Intranet.Hr.Io.Import;

namespace Intranet.Hr.Tests.Io;

/// <summary>A commit imports in one transaction keyed by the personal ID: re-importing updates, never duplicates.</summary>
public sealed class ImportCommitTests : IClassFixture<HrIoFixture>
{
    private readonly HrIoFixture _f;

    public ImportCommitTests(HrIoFixture fixture) => _f = fixture;

    [Fact]
    public async Task A_commit_imports_and_importing_the_same_file_again_updates_without_duplicates()
    {
        var (a, b) = (ImportFiles.NewId(), ImportFiles.NewId());
        var file = ImportFiles.Csv(ImportFiles.Header, ImportFiles.Row(a), ImportFiles.Row(b, name: "Trần Văn Hải", sex: "Nam", birth: "1975"));
        var before = (await _f.ExportRowsAsync(_f.SoA)).Count;

        var dry = await ResultAsync(await HrIoFixture.ImportAsync(_f.Officer, _f.SoA, file, "ho-so.csv", dryRun: true));
        var first = await ResultAsync(await HrIoFixture.ImportAsync(_f.Officer, _f.SoA, file, "ho-so.csv", dryRun: false));
        var second = await ResultAsync(await HrIoFixture.ImportAsync(_f.Officer, _f.SoA, file, "ho-so.csv", dryRun: false));

        Assert.Equal((true, false, 2, 0), (dry.DryRun, dry.Applied, dry.Created, dry.Updated));
        Assert.Equal((false, true, 2, 0), (first.DryRun, first.Applied, first.Created, first.Updated));
        Assert.Equal((0, 2), (second.Created, second.Updated));
        var rows = await _f.ExportRowsAsync(_f.SoA);
        Assert.Equal(before + 2, rows.Count);
        var header = rows[0];
        var hai = rows.Single(r => r[0] == b);
        Assert.Equal("Trần Văn Hải", hai[ImportDryRunTests.IndexOf(header, ImportSchema.FullName)]);
        Assert.Equal("1975", hai[ImportDryRunTests.IndexOf(header, ImportSchema.BirthDate)]);
        Assert.Equal("3,33", hai[ImportDryRunTests.IndexOf(header, ImportSchema.Coefficient)]);
        Assert.Equal("Ứng dụng CNTT cơ bản", hai[ImportDryRunTests.IndexOf(header, ImportSchema.ItLevel)]);
    }

    [Fact]
    public async Task A_re_import_with_a_new_step_adds_one_salary_row_and_changes_the_name()
    {
        var id = ImportFiles.NewId();
        await ResultAsync(await HrIoFixture.ImportAsync(_f.Officer, _f.SoA, ImportFiles.Csv(ImportFiles.Header, ImportFiles.Row(id, step: "3", since: "01/09/2020")), "a.csv", dryRun: false));

        var again = await ResultAsync(await HrIoFixture.ImportAsync(_f.Officer, _f.SoA, ImportFiles.Csv(ImportFiles.Header, ImportFiles.Row(id, name: "Nguyễn Thị Hoà B", step: "4", since: "01/09/2023")), "b.csv", dryRun: false));

        Assert.Equal(1, again.Updated);
        var rows = await _f.ExportRowsAsync(_f.SoA);
        var row = rows.Single(r => r[0] == id);
        Assert.Equal("4", row[ImportDryRunTests.IndexOf(rows[0], ImportSchema.Step)]);
        Assert.Equal("Nguyễn Thị Hoà B", row[ImportDryRunTests.IndexOf(rows[0], ImportSchema.FullName)]);
    }

    [Fact]
    public async Task One_failing_row_in_commit_mode_writes_nothing_of_the_good_rows()
    {
        var (good1, good2) = (ImportFiles.NewId(), ImportFiles.NewId());
        var before = await _f.ExportRowsAsync(_f.SoA);
        var file = ImportFiles.Csv(ImportFiles.Header, ImportFiles.Row(good1), ImportFiles.Row(ImportFiles.NewId(), since: "30/02/2023"), ImportFiles.Row(good2));

        var errors = await ImportDryRunTests.ProblemsAsync(await HrIoFixture.ImportAsync(_f.Officer, _f.SoA, file, "ho-so.csv", dryRun: false), "commit");

        var problem = Assert.Single(errors);
        Assert.Equal((3, ImportSchema.StepSince), (problem.Row, problem.Column));
        var after = await _f.ExportRowsAsync(_f.SoA);
        Assert.Equal(before.Count, after.Count);
        Assert.DoesNotContain(after, r => r[0] == good1 || r[0] == good2);
    }

    [Fact]
    public async Task The_generated_template_reads_back_with_every_column_and_an_xlsx_in_its_layout_imports()
    {
        var csv = await _f.Officer.GetAsync($"/{_f.SoA}/api/hr/import/template?format=csv");
        var xlsx = await _f.Officer.GetByteArrayAsync($"/{_f.SoA}/api/hr/import/template?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var header = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n")[0];
        Assert.Contains("Số định danh cá nhân (CCCD) [personal_id]", header, StringComparison.Ordinal);
        using var stream = new MemoryStream(xlsx);
        var rows = Core.Uploads.UploadTables.Read(stream, "t.xlsx", Core.Uploads.UploadLimits.Default).ToList();
        Assert.Equal(ImportSchema.Columns.Count, rows[0].Cells.Count);
        Assert.All(ImportSchema.Columns, c => Assert.Contains(c.TemplateHeader, rows[0].Cells));

        // The export is written in the template's layout: exporting and importing it back creates nothing.
        await ResultAsync(await HrIoFixture.ImportAsync(_f.Officer, _f.SoA, ImportFiles.Csv(ImportFiles.Header, ImportFiles.Row(ImportFiles.NewId())), "a.csv", dryRun: false));
        var export = await _f.Officer.GetByteArrayAsync($"/{_f.SoA}/api/hr/export");
        var back = await ResultAsync(await HrIoFixture.ImportAsync(_f.Officer, _f.SoA, export, "export.xlsx", dryRun: true));
        Assert.Equal(0, back.Created);
    }

    [Fact]
    public async Task A_cccd_with_an_unknown_province_is_a_warning_naming_row_and_column_not_a_block()
    {
        var response = await HrIoFixture.ImportAsync(_f.Officer, _f.SoA, ImportFiles.Csv(ImportFiles.Header, ImportFiles.Row("099180000001")), "a.csv", dryRun: true);

        var result = await ResultAsync(response);
        Assert.Equal(1, result.Created);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((2, ImportSchema.PersonalId), (warning.Row, warning.Column));
        Assert.StartsWith("Dòng 2, cột «Số định danh cá nhân (CCCD)»", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_without_the_import_permission_or_from_another_department_is_refused()
    {
        using var member = await _f.ClientAsync("nv", _f.SoA);
        using var otherOfficer = await _f.ClientAsync("tccb", _f.SoB);
        var file = ImportFiles.Csv(ImportFiles.Header, ImportFiles.Row(ImportFiles.NewId()));

        Assert.Equal(HttpStatusCode.Forbidden, (await HrIoFixture.ImportAsync(member, _f.SoA, file, "a.csv", dryRun: false)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await HrIoFixture.ImportAsync(otherOfficer, _f.SoA, file, "a.csv", dryRun: false)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/{_f.SoA}/api/hr/export")).StatusCode);
    }

    private static async Task<ImportResultBody> ResultAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<ImportResultBody>())!;
    }

    private sealed record ImportResultBody(bool DryRun, bool Applied, int Rows, int Created, int Updated, List<WarningBody> Warnings);

    private sealed record WarningBody(int Row, string? Column, string Message);
}
