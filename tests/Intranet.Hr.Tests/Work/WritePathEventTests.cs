using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Core.Staff;
using Intranet.Hr.Models;
using Intranet.Hr.Services.Work;
using Intranet.Hr.Tests.Io;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Tests.Work;

/// <summary>
/// The write paths outside the record pages — a confirmed draft, an approved correction, an import — each tell other
/// modules through the staff-record event (recorded by a test handler), and keep the work-list dates current.
/// </summary>
public sealed class WritePathEventTests : IClassFixture<EventsWorkFixture>
{
    private readonly EventsWorkFixture _f;

    public WritePathEventTests(EventsWorkFixture fixture) => _f = fixture;

    private static DateOnly Today => HrToday.From(TimeProvider.System);

    [Fact]
    public async Task Confirming_a_draft_raises_a_career_change_and_moves_the_stored_due_date()
    {
        var since = Today.AddDays(-5).AddMonths(-36);
        var record = await _f.AddRecordAsync(_f.SoA, "Sự Kiện Nâng Bậc", stepSince: since);
        using var officer = await _f.ClientAsync("tccb", _f.SoA);
        var created = await officer.PostAsJsonAsync($"/{_f.SoA}/api/hr/drafts", new { recordId = record.Id, list = "steps" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draftId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.DoesNotContain(Events(record.Id), e => e.Change == StaffChange.CareerChanged); // a draft changes nothing

        var confirmed = await officer.PostAsJsonAsync($"/{_f.SoA}/api/hr/drafts/{draftId}/confirm", new { number = "77/QĐ-SNV", signedOn = Today, signer = "Giám đốc" });

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var (info, _) = Assert.Single(Events(record.Id), e => e.Change == StaffChange.CareerChanged);
        Assert.Equal(_f.SoA, info.TenantName);
        Assert.Equal("01.003", info.RankCode);
        var stored = await _f.InDepartmentAsync(_f.SoA, db => db.Records.AsNoTracking().SingleAsync(r => r.Id == record.Id));
        Assert.Equal(since.AddMonths(72), stored.NextStepDue); // 36 months from the new step's date
    }

    [Fact]
    public async Task Approving_a_correction_raises_an_update()
    {
        var accountId = await _f.AccountIdAsync(HrWorkFixture.Email("an", _f.SoA));
        var record = await _f.AddRecordAsync(_f.SoA, "Nguyễn Văn An", r => r.AccountId = accountId);
        using var member = await _f.ClientAsync("an", _f.SoA);
        using var officer = await _f.ClientAsync("tccb", _f.SoA);
        var proposed = await member.PostAsJsonAsync($"/{_f.SoA}/api/hr/me/corrections", new { field = "BirthPlace", proposedValue = "Thành phố Huế", explanation = "Theo giấy khai sinh" });
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var id = (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Empty(Events(record.Id));

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/{_f.SoA}/api/hr/corrections/{id}/approve", null)).StatusCode);

        var (info, _) = Assert.Single(Events(record.Id), e => e.Change == StaffChange.Updated);
        Assert.Equal(accountId, info.AccountId);
    }

    [Fact]
    public async Task An_import_raises_an_event_for_every_record_it_writes_and_a_dry_run_none()
    {
        var a = ImportFiles.NewId();
        var b = ImportFiles.NewId();
        using var officer = await _f.ClientAsync("tccb", _f.SoA);
        var file = ImportFiles.Csv(ImportFiles.Header, ImportFiles.Row(a), ImportFiles.Row(b, name: "Trần Văn Hải", sex: "Nam", birth: "1975"));
        var before = _f.Recorder.Events.Count;

        Assert.Equal(HttpStatusCode.OK, (await HrIoFixture.ImportAsync(officer, _f.SoA, file, "su-kien.csv", dryRun: true)).StatusCode);
        Assert.Equal(before, _f.Recorder.Events.Count);
        var committed = await HrIoFixture.ImportAsync(officer, _f.SoA, file, "su-kien.csv", dryRun: false);
        Assert.Equal(HttpStatusCode.OK, committed.StatusCode);

        var ids = await _f.InDepartmentAsync(_f.SoA, db => db.Records.AsNoTracking().Where(r => r.PersonalId == a || r.PersonalId == b).ToListAsync());
        Assert.Equal(2, ids.Count);
        foreach (var record in ids)
        {
            Assert.NotEmpty(Events(record.Id));
            // Written with prepared commands, not through the change tracker: the dates are still kept.
            Assert.NotNull(record.NextStepDue);
            Assert.NotNull(record.RetirementOn);
        }

        Assert.Equal("Trần Văn Hải", Assert.Single(_f.Recorder.Events, e => e.Record.TenantName == _f.SoA && e.Record.RecordId == ids.Single(r => r.PersonalId == b).Id).Record.FullName);
    }

    private List<(StaffInfo Record, StaffChange Change)> Events(int recordId) =>
        [.. _f.Recorder.Events.Where(e => e.Record.TenantName == _f.SoA && e.Record.RecordId == recordId)];
}
