using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Core.Staff;
using Intranet.Hr.Models;
using Intranet.Hr.Models.Reference;
using Intranet.Hr.Services.Closing;
using Intranet.Hr.Services.Rollup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Tests.Transfers;

/// <summary>Retirement closes the record and disables the account on its day (not before); the roll-up counts only staff.</summary>
public sealed class ClosingAndRollupTests : IClassFixture<ProvinceHarness>
{
    private readonly ProvinceHarness _h;

    public ClosingAndRollupTests(ProvinceHarness harness) => _h = harness;

    private RecordClosingJob Job => _h.Factory.Services.GetRequiredService<RecordClosingJob>();

    private static string NewPersonalId() => "0791650" + Random.Shared.Next(10000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_closing_job_disables_the_account_on_the_retirement_day_not_before_and_a_second_run_does_nothing()
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        var p = await _h.SeedPersonAsync(_h.B, NewPersonalId(), r =>
        {
            r.ClosedOn = today.AddDays(1);
            r.ClosingStatus = StaffStatus.Retired;
            r.ClosedReason = "Nghỉ hưu theo QĐ 88/QĐ-SNV";
        });

        await Job.RunAsync(today);
        Assert.True((await _h.AccountAsync(p.AccountId)).Enabled);
        Assert.Equal(StaffStatus.Active, (await _h.RecordAsync(_h.B, p.PersonalId))!.Status);

        Assert.Equal(1, await Job.RunAsync(today.AddDays(1)));
        Assert.False((await _h.AccountAsync(p.AccountId)).Enabled);
        Assert.Equal(StaffStatus.Retired, (await _h.RecordAsync(_h.B, p.PersonalId))!.Status);
        Assert.Contains("record.closed", await _h.AuditActionsAsync(_h.B, "hr"));

        Assert.Equal(0, await Job.RunAsync(today.AddDays(1)));
    }

    [Fact]
    public async Task A_department_officer_schedules_a_leaving_through_the_api_and_a_bad_one_is_a_problem()
    {
        var p = await _h.SeedPersonAsync(_h.A, NewPersonalId());
        using var officer = await _h.ClientAsync(_h.DepartmentOfficer);
        var closedOn = DateTime.Now.AddDays(10).ToString("yyyy-MM-dd");

        var bad = await officer.PostAsJsonAsync($"/{_h.A}/api/hr/closings", new { recordId = p.RecordId, closedOn, status = "promoted" });
        var ok = await officer.PostAsJsonAsync($"/{_h.A}/api/hr/closings", new { recordId = p.RecordId, closedOn, status = "left", reason = "Thôi việc theo nguyện vọng" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var record = await _h.RecordAsync(_h.A, p.PersonalId);
        Assert.Equal(StaffStatus.Left, record!.ClosingStatus);
        Assert.Equal(StaffStatus.Active, record.Status);
    }

    [Fact]
    public async Task The_roll_up_counts_active_staff_only_and_never_returns_a_name()
    {
        var dept = _h.TenantOf(_h.B);
        var before = await CountAsync(_h.B);
        await _h.SeedPersonAsync(_h.B, NewPersonalId());
        await _h.SeedPersonAsync(_h.B, NewPersonalId(), r => r.Sex = StaffSex.Female);
        await _h.SeedPersonAsync(_h.B, NewPersonalId(), r => (r.Status, r.ClosedOn) = (StaffStatus.Retired, new DateOnly(2024, 1, 1)));
        await _h.SeedPersonAsync(_h.B, NewPersonalId(), r => (r.ClosedOn, r.ClosingStatus) = (DateOnly.FromDateTime(DateTime.Now).AddDays(-1), StaffStatus.Left));
        using var reader = await _h.ClientAsync(_h.ProvinceReader);

        var response = await reader.GetAsync("/api/hr/province/rollup");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Nguyễn Văn Chuyển", text);
        var row = JsonDocument.Parse(text).RootElement.GetProperty("departments").EnumerateArray().Single(d => d.GetProperty("tenantName").GetString() == dept.Name);
        Assert.Equal(before + 2, row.GetProperty("total").GetInt32());
        Assert.Equal(row.GetProperty("total").GetInt32(), row.GetProperty("byRankGroup").GetProperty("A1").GetInt32());
    }

    [Fact]
    public async Task A_province_reader_opens_a_departments_records_read_only_and_it_is_audited_others_get_403()
    {
        await _h.SeedPersonAsync(_h.A, NewPersonalId());
        using var reader = _h.Factory.CreateBrowserClient();
        await Intranet.Testing.Forms.SignInAsync(reader, _h.ProvinceReader, ProvinceHarness.Password);
        using var hostOfficer = _h.Factory.CreateBrowserClient();
        await Intranet.Testing.Forms.SignInAsync(hostOfficer, _h.HostOfficer, ProvinceHarness.Password);

        var page = await reader.GetAsync($"/admin/hr/province/{_h.A}");
        var denied = await hostOfficer.GetAsync($"/admin/hr/province/{_h.A}");
        var rollupPage = await hostOfficer.GetAsync("/admin/hr/province");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("Nguyễn Văn Chuyển", html);
        Assert.DoesNotContain("Trần Thị Lan", html); // family: a sensitive group, never shown here
        Assert.Contains("province.records.read", await _h.AuditActionsAsync(_h.A, "hr"));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rollupPage.StatusCode);
    }

    [Fact]
    public async Task The_roll_up_follows_an_added_record_a_scheduled_leaving_and_a_transfer_and_a_rebuilt_projection_equals_the_counted_one()
    {
        using var reader = await _h.ClientAsync(_h.ProvinceReader);
        using var officer = await _h.ClientAsync(_h.DepartmentOfficer);
        using var hostOfficer = await _h.ClientAsync(_h.HostOfficer);
        var a0 = await RollupTotalAsync(reader, _h.A);
        var b0 = await RollupTotalAsync(reader, _h.B);

        // A row written behind HR's back raises no event: the host's projection does not see it (which shows the
        // roll-up reads the projection) until the reconciliation finds the department changed and rebuilds it.
        await _h.InTenantAsync(_h.A, async db =>
        {
            db.Records.Add(new StaffRecord { PersonalId = NewPersonalId(), FullName = "Lê Văn Ngoài", Sex = StaffSex.Male, BirthDate = new DateOnly(1990, 1, 1), UpdatedUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        Assert.Equal(a0, await RollupTotalAsync(reader, _h.A));
        var added = await _h.SeedPersonAsync(_h.A, NewPersonalId()); // raises Created, as every HR writer does
        Assert.Equal(a0 + 1, await RollupTotalAsync(reader, _h.A));
        Assert.True(await Projection.ReconcileAsync(Today, default) >= 1);
        Assert.Equal(a0 + 2, await RollupTotalAsync(reader, _h.A));

        var today = DateTime.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var scheduled = await officer.PostAsJsonAsync($"/{_h.A}/api/hr/closings", new { recordId = added.RecordId, closedOn = today, status = "left" });
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        Assert.Equal(a0 + 1, await RollupTotalAsync(reader, _h.A));

        var moving = await _h.SeedPersonAsync(_h.A, NewPersonalId());
        Assert.Equal(a0 + 2, await RollupTotalAsync(reader, _h.A));
        var transfer = await hostOfficer.PostAsJsonAsync("/api/hr/transfers", new
        {
            fromTenant = _h.A, toTenant = _h.B, personalId = moving.PersonalId, effectiveOn = today, kind = "transfer",
            jobPosition = "Chuyên viên", decisionNumber = "46/QĐ-UBND", decisionSigner = "Chủ tịch UBND tỉnh",
        });
        Assert.Equal(HttpStatusCode.OK, transfer.StatusCode);
        Assert.Equal(a0 + 1, await RollupTotalAsync(reader, _h.A));
        Assert.Equal(b0 + 1, await RollupTotalAsync(reader, _h.B));

        // The projection's counts equal the departments' own, and so does a projection rebuilt from nothing.
        var tenants = new[] { _h.TenantOf(_h.A), _h.TenantOf(_h.B) };
        var counted = Json(await Rollup.FromDepartmentsAsync(tenants, Today, default));
        Assert.Equal(counted, Json(await Rollup.FromProjectionAsync(tenants, Today, default)));
        await using (var scope = _h.Factory.Services.CreateAsyncScope())
        {
            var host = scope.ServiceProvider.GetRequiredService<HrReferenceDbContext>();
            await host.RollupRows.Where(r => r.TenantName == _h.A || r.TenantName == _h.B).ExecuteDeleteAsync();
            await host.RollupDepartments.Where(r => r.TenantName == _h.A || r.TenantName == _h.B).ExecuteDeleteAsync();
        }

        Assert.Equal(counted, Json(await Rollup.FromProjectionAsync(tenants, Today, default)));
    }

    private static DateOnly Today => RecordClosingScheduler.Today(TimeProvider.System);

    private RollupProjection Projection => _h.Factory.Services.GetRequiredService<RollupProjection>();

    private ProvinceRollupService Rollup => _h.Factory.Services.GetRequiredService<ProvinceRollupService>();

    private static string Json(DepartmentCounts[] counts) => JsonSerializer.Serialize(counts);

    private static async Task<int> RollupTotalAsync(HttpClient reader, string tenant)
    {
        var response = await reader.GetAsync("/api/hr/province/rollup");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var departments = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("departments");
        return departments.EnumerateArray().Single(d => d.GetProperty("tenantName").GetString() == tenant).GetProperty("total").GetInt32();
    }

    private async Task<int> CountAsync(string tenant) =>
        await _h.InTenantAsync(tenant, db => db.Records.CountAsync(r => r.Status == StaffStatus.Active && (r.ClosedOn == null || r.ClosedOn > DateOnly.FromDateTime(DateTime.Now))));
}
