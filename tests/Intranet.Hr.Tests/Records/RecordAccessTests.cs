using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intranet.Hr.Tests.Records;

/// <summary>Department isolation, per-group permissions, the audit of sensitive reads, no-store and the masked CCCD.</summary>
[Collection(RecordsCollection.Name)]
public sealed class RecordAccessTests
{
    private readonly RecordsFixture _f;

    public RecordAccessTests(RecordsFixture fixture) => _f = fixture;

    [Fact]
    public async Task An_hr_officer_of_another_department_cannot_read_or_change_its_records_through_the_api()
    {
        using var other = await _f.ClientAsync("hrb", _f.SoB);
        var a = $"/{_f.SoA}/api/hr/records";

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(a)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"{a}/{_f.RecordId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"{a}/{_f.RecordId}?groups=family")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PutAsJsonAsync($"{a}/{_f.RecordId}", new { personalId = "001185099999", fullName = "X", sex = "male", birthDate = "1980-01-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync($"{a}/{_f.RecordId}/salary", new { effectiveFrom = "2024-01-01", rankCode = "01.003", scaleCode = "A1", step = "9", coefficient = "4.00" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"{a}/{_f.RecordId}/salary/1/scan")).StatusCode);

        // Its own department's database does not hold A's record: the same id there is simply not found.
        var own = await other.GetAsync($"/{_f.SoB}/api/hr/records/{_f.RecordId}");
        Assert.Equal(HttpStatusCode.NotFound, own.StatusCode);
        Assert.Equal("application/problem+json", own.Content.Headers.ContentType?.MediaType);
        var list = await other.GetFromJsonAsync<JsonElement>($"/{_f.SoB}/api/hr/records");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_hr_officer_of_another_department_cannot_open_its_pages_even_by_id()
    {
        using var other = await _f.BrowserAsync("hrb", _f.SoB);

        foreach (var url in new[] { $"/{_f.SoA}/admin/hr", $"/{_f.SoA}/admin/hr/records/{_f.RecordId}", $"/{_f.SoA}/admin/hr/records/{_f.RecordId}/edit", $"/{_f.SoA}/admin/hr/records/{_f.RecordId}/salary/new" })
        {
            var response = await other.GetAsync(url);
            Assert.False(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
            Assert.DoesNotContain("Nguy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/{_f.SoB}/admin/hr/records/{_f.RecordId}")).StatusCode);
    }

    [Fact]
    public async Task Without_the_sensitive_permission_a_group_is_neither_shown_nor_fetchable()
    {
        using var basic = await _f.ClientAsync("xem", _f.SoA);

        Assert.Equal(HttpStatusCode.Forbidden, (await basic.GetAsync($"/{_f.SoA}/api/hr/records/{_f.RecordId}?groups=family")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await basic.GetAsync($"/{_f.SoA}/api/hr/records/{_f.RecordId}?groups=basic,health")).StatusCode);
        var record = await basic.GetFromJsonAsync<JsonElement>($"/{_f.SoA}/api/hr/records/{_f.RecordId}");
        Assert.Equal("Nguyễn Thị Hồng", record.GetProperty("fullName").GetString());
        foreach (var hidden in new[] { "family", "health", "assets", "political", "salary", "allowances" })
        {
            Assert.False(record.TryGetProperty(hidden, out _), hidden);
        }

        Assert.Equal(["basic"], record.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        using var browser = await _f.BrowserAsync("xem", _f.SoA);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/{_f.SoA}/admin/hr/records/{_f.RecordId}"));
        Assert.Contains("Nguyễn Thị Hồng", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Quan hệ gia đình", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Ngạch, bậc, hệ số lương", page, StringComparison.Ordinal);

        // A member holds only their own-record permission: no list at all.
        using var member = await _f.ClientAsync("nv", _f.SoA);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/{_f.SoA}/api/hr/records")).StatusCode);
    }

    [Fact]
    public async Task Every_read_of_a_sensitive_group_is_in_the_audit_trail_with_who_whose_and_which_group()
    {
        using var hr = await _f.ClientAsync("hr", _f.SoA);
        var before = (await AuditReader.HrEntriesAsync(_f.Factory.Services, _f.SoA)).Total;

        Assert.Equal(HttpStatusCode.OK, (await hr.GetAsync($"/{_f.SoA}/api/hr/records/{_f.RecordId}?groups=family,health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hr.GetAsync($"/{_f.SoA}/api/hr/records/{_f.RecordId}?groups=basic,salary")).StatusCode);

        var (total, newest) = await AuditReader.HrEntriesAsync(_f.Factory.Services, _f.SoA);
        var reads = newest.Take(2).ToList();
        Assert.Equal(before + 2, total);
        Assert.All(reads, e => Assert.Equal("record.read", e.Action));
        Assert.Contains(reads, e => e.Details == "group=Family");
        Assert.Contains(reads, e => e.Details == "group=Health");
        Assert.All(reads, e =>
        {
            Assert.Equal(_f.Email("hr", _f.SoA), e.Actor);
            Assert.StartsWith($"hr-record:{_f.RecordId} ", e.Subject, StringComparison.Ordinal);
            Assert.DoesNotContain(RecordsFixture.PersonalId, e.Subject, StringComparison.Ordinal);
        });

        // The page reads every group the officer holds: the four sensitive ones are audited again.
        using var browser = await _f.BrowserAsync("hr", _f.SoA);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/{_f.SoA}/admin/hr/records/{_f.RecordId}")).StatusCode);
        Assert.Equal(before + 6, (await AuditReader.HrEntriesAsync(_f.Factory.Services, _f.SoA)).Total);
    }

    [Fact]
    public async Task Hr_answers_carry_cache_control_no_store_errors_included()
    {
        using var hr = await _f.ClientAsync("hr", _f.SoA);
        using var basic = await _f.ClientAsync("xem", _f.SoA);
        using var browser = await _f.BrowserAsync("hr", _f.SoA);
        var answers = new[]
        {
            await hr.GetAsync($"/{_f.SoA}/api/hr/records"),
            await hr.GetAsync($"/{_f.SoA}/api/hr/records/{_f.RecordId}"),
            await hr.GetAsync($"/{_f.SoA}/api/hr/records/999999"),
            await hr.GetAsync($"/{_f.SoA}/api/hr/records?asOf=hôm-qua"),
            await basic.GetAsync($"/{_f.SoA}/api/hr/records/{_f.RecordId}?groups=family"),
            await browser.GetAsync($"/{_f.SoA}/admin/hr"),
            await browser.GetAsync($"/{_f.SoA}/admin/hr/records/{_f.RecordId}"),
            await browser.GetAsync($"/{_f.SoA}/admin/hr/records/{_f.RecordId}/salary/new"),
        };

        Assert.All(answers, a => Assert.True(a.Headers.CacheControl?.NoStore == true, $"{a.RequestMessage?.RequestUri} {(int)a.StatusCode}"));
    }

    [Fact]
    public async Task Lists_show_the_personal_id_masked_only()
    {
        using var hr = await _f.ClientAsync("hr", _f.SoA);
        var list = await hr.GetStringAsync($"/{_f.SoA}/api/hr/records");
        Assert.DoesNotContain(RecordsFixture.PersonalId, list, StringComparison.Ordinal);
        var item = JsonDocument.Parse(list).RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == _f.RecordId);
        Assert.Equal(Services.PersonalIdMask.Mask(RecordsFixture.PersonalId), item.GetProperty("personalId").GetString());

        using var browser = await _f.BrowserAsync("hr", _f.SoA);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/{_f.SoA}/admin/hr"));
        Assert.Contains("Nguyễn Thị Hồng", page, StringComparison.Ordinal);
        Assert.DoesNotContain(RecordsFixture.PersonalId, page, StringComparison.Ordinal);
        Assert.Contains(Services.PersonalIdMask.Mask(RecordsFixture.PersonalId), page, StringComparison.Ordinal);
    }
}
