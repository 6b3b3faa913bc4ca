using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Core.Staff;
using Intranet.Hr.Services.Transfers;

namespace Intranet.Hr.Tests.Transfers;

/// <summary>A transfer moves the record, its history, its scans, the directory entry and the account's home — or nothing.</summary>
public sealed class TransferTests : IClassFixture<ProvinceHarness>
{
    private readonly ProvinceHarness _h;

    public TransferTests(ProvinceHarness harness) => _h = harness;

    private static string NewPersonalId() => "0010850" + Random.Shared.Next(10000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private object Body(SeededPerson p, string? unit = null) => new
    {
        fromTenant = p.Tenant,
        toTenant = p.Tenant == _h.A ? _h.B : _h.A,
        personalId = p.PersonalId,
        effectiveOn = DateTime.UtcNow.ToString("yyyy-MM-dd"),
        kind = "transfer",
        toUnitId = unit,
        jobPosition = "Chuyên viên tổng hợp",
        decisionNumber = "45/QĐ-UBND",
        decisionSigner = "Chủ tịch UBND tỉnh",
    };

    [Fact]
    public async Task A_transfer_moves_the_record_with_its_whole_history_the_scans_the_directory_entry_and_the_accounts_home()
    {
        var p = await _h.SeedPersonAsync(_h.A, NewPersonalId());
        using var officer = await _h.ClientAsync(_h.HostOfficer);

        var response = await officer.PostAsJsonAsync("/api/hr/transfers", Body(p));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var moved = await _h.RecordAsync(_h.B, p.PersonalId);
        Assert.NotNull(moved);
        Assert.Equal(StaffStatus.Active, moved.Status);
        Assert.Equal(p.AccountId, moved.AccountId);
        Assert.Equal(2, moved.Salary.Count);
        Assert.Single(moved.Ratings);
        Assert.Single(moved.Family);
        Assert.Equal(2, moved.Postings.Count); // the old posting and the transfer's
        Assert.Contains(moved.Postings, x => x.Movement == Models.MovementKind.Transfer && x.Decision.Number == "45/QĐ-UBND");
        Assert.Contains(moved.Salary, s => s.Decision.ScanId == p.ScanId);

        var stub = await _h.RecordAsync(_h.A, p.PersonalId);
        Assert.NotNull(stub);
        Assert.Equal(StaffStatus.TransferredOut, stub.Status);
        Assert.Empty(stub.Salary);
        Assert.Empty(stub.Family);

        Assert.True(_h.ScanExists(_h.B, p.ScanId));
        Assert.False(_h.ScanExists(_h.A, p.ScanId));

        var account = await _h.AccountAsync(p.AccountId);
        Assert.Equal(_h.B, account.Home);
        Assert.True(account.Enabled);
        Assert.Contains(_h.B, account.Tenants);
        Assert.DoesNotContain(_h.A, account.Tenants);

        var inA = Assert.Single(await _h.DirectoryPeopleAsync(_h.A, p.Email));
        Assert.False(inA.IsActive);
        var inB = Assert.Single(await _h.DirectoryPeopleAsync(_h.B, p.Email));
        Assert.True(inB.IsActive);
        Assert.Equal(p.AccountId, inB.AccountId);
        Assert.Equal(inB.Id, moved.DirectoryPersonId);

        Assert.Contains("transfer.out", await _h.AuditActionsAsync(_h.A, "hr"));
        Assert.Contains("transfer.in", await _h.AuditActionsAsync(_h.B, "hr"));
    }

    [Theory]
    [InlineData(TransferStep.RecordCopied)]
    [InlineData(TransferStep.SourceClosed)]
    [InlineData(TransferStep.ScansCopied)]
    [InlineData(TransferStep.DirectoryMoved)]
    [InlineData(TransferStep.AccountMoved)]
    [InlineData(TransferStep.Audited)]
    [InlineData(TransferStep.EventsRaised)]
    public async Task A_transfer_failing_at_any_step_leaves_both_departments_and_the_account_as_they_were(TransferStep step)
    {
        var p = await _h.SeedPersonAsync(_h.A, NewPersonalId());
        var auditA = (await _h.AuditActionsAsync(_h.A, "hr")).Count;
        var auditB = (await _h.AuditActionsAsync(_h.B, "hr")).Count;
        var transfers = _h.Factory.Services.GetService(typeof(TransferService)) as TransferService;
        _h.Factory.Checkpoints.FailAt = step;
        try
        {
            var request = new TransferRequest(_h.A, _h.B, p.PersonalId, DateOnly.FromDateTime(DateTime.UtcNow), Models.MovementKind.Transfer, null, null, null,
                new Models.Decision { Number = "46/QĐ-UBND" });
            await Assert.ThrowsAsync<InvalidOperationException>(() => transfers!.TransferAsync(request, null));
        }
        finally
        {
            _h.Factory.Checkpoints.FailAt = null;
        }

        var record = await _h.RecordAsync(_h.A, p.PersonalId);
        Assert.NotNull(record);
        Assert.Equal(StaffStatus.Active, record.Status);
        Assert.Null(record.ClosedOn);
        Assert.Equal(2, record.Salary.Count);
        Assert.Single(record.Family);
        Assert.Single(record.Postings);
        Assert.Null(await _h.RecordAsync(_h.B, p.PersonalId));

        Assert.True(_h.ScanExists(_h.A, p.ScanId));
        Assert.False(_h.ScanExists(_h.B, p.ScanId));

        var account = await _h.AccountAsync(p.AccountId);
        Assert.Equal(_h.A, account.Home);
        Assert.Equal([_h.A], account.Tenants);

        Assert.True(Assert.Single(await _h.DirectoryPeopleAsync(_h.A, p.Email)).IsActive);
        Assert.Empty(await _h.DirectoryPeopleAsync(_h.B, p.Email));
        Assert.Equal(auditA, (await _h.AuditActionsAsync(_h.A, "hr")).Count);
        Assert.Equal(auditB, (await _h.AuditActionsAsync(_h.B, "hr")).Count);

        // And the same person then transfers cleanly: nothing was left locked or half-written.
        using var officer = await _h.ClientAsync(_h.HostOfficer);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync("/api/hr/transfers", Body(p))).StatusCode);
    }

    [Fact]
    public async Task A_person_transferred_back_replaces_the_stub_the_first_transfer_left()
    {
        var p = await _h.SeedPersonAsync(_h.A, NewPersonalId());
        using var officer = await _h.ClientAsync(_h.HostOfficer);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync("/api/hr/transfers", Body(p))).StatusCode);

        var back = await officer.PostAsJsonAsync("/api/hr/transfers", Body(p with { Tenant = _h.B }));

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        var record = await _h.RecordAsync(_h.A, p.PersonalId);
        Assert.Equal(StaffStatus.Active, record!.Status);
        Assert.Equal(2, record.Salary.Count);
        Assert.Equal(_h.A, (await _h.AccountAsync(p.AccountId)).Home);
    }

    [Theory]
    [InlineData("personalId", "12345", 400)]
    [InlineData("toTenant", "khong-co", 400)]
    [InlineData("kind", "promotion", 400)]
    [InlineData("decisionNumber", "", 400)]
    [InlineData("personalId", "999999999999", 404)]
    public async Task Bad_transfer_requests_get_a_problem_naming_the_field_and_change_nothing(string field, string value, int status)
    {
        var p = await _h.SeedPersonAsync(_h.A, NewPersonalId());
        using var officer = await _h.ClientAsync(_h.HostOfficer);
        var body = JsonSerializer.SerializeToNode(Body(p))!.AsObject();
        body[field] = value;

        var response = await officer.PostAsJsonAsync("/api/hr/transfers", body);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(StaffStatus.Active, (await _h.RecordAsync(_h.A, p.PersonalId))!.Status);
    }

    [Fact]
    public async Task A_department_hr_officer_cannot_transfer_or_read_the_roll_up()
    {
        using var departmentOfficer = await _h.ClientAsync(_h.DepartmentOfficer);
        var p = await _h.SeedPersonAsync(_h.A, NewPersonalId());

        Assert.Equal(HttpStatusCode.Forbidden, (await departmentOfficer.PostAsJsonAsync("/api/hr/transfers", Body(p))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await departmentOfficer.GetAsync("/api/hr/province/rollup")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await departmentOfficer.PostAsJsonAsync($"/{_h.A}/api/hr/transfers", Body(p))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await departmentOfficer.GetAsync($"/{_h.A}/api/hr/province/rollup")).StatusCode);
        Assert.Equal(StaffStatus.Active, (await _h.RecordAsync(_h.A, p.PersonalId))!.Status);
    }
}
