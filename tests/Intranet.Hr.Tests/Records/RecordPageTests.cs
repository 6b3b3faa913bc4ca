using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Intranet.Testing;

namespace Intranet.Hr.Tests.Records;

/// <summary>The HR officer's pages: identity form validation, rows with a decision scan, the scan served to readers of its group only.</summary>
[Collection(RecordsCollection.Name)]
public sealed class RecordPageTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    private readonly RecordsFixture _f;

    public RecordPageTests(RecordsFixture fixture) => _f = fixture;

    [Fact]
    public async Task The_identity_form_refuses_a_bad_personal_id_in_vietnamese_and_saves_a_good_one()
    {
        using var browser = await _f.BrowserAsync("hr", _f.SoA);
        var form = $"/{_f.SoA}/admin/hr/records/new";

        var bad = await browser.PostFormAsync(form, form, ("PersonalId", "12AB"), ("FullName", "Hoàng Văn Mới"), ("Sex", "Male"), ("BirthDate", "31/02/1980"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("phải gồm đúng 12 chữ số", html, StringComparison.Ordinal);
        Assert.Contains("Ngày sinh không đúng", html, StringComparison.Ordinal);
        Assert.Contains("Hoàng Văn Mới", html, StringComparison.Ordinal);

        var duplicate = await browser.PostFormAsync(form, form, ("PersonalId", RecordsFixture.PersonalId), ("FullName", "Hoàng Văn Mới"), ("Sex", "Male"), ("BirthDate", "05/09/1980"));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        var good = await browser.PostFormAsync(form, form, ("PersonalId", "036080001234"), ("FullName", "Hoàng Văn Mới"), ("Sex", "Male"), ("BirthDate", "05/09/1980"), ("Status", "Active"));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var record = WebUtility.HtmlDecode(await browser.GetStringAsync(good.Headers.Location!.OriginalString));
        Assert.Contains("Hoàng Văn Mới", record, StringComparison.Ordinal);
        Assert.Contains("05/09/1980", record, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_with_its_decision_scan_is_recorded_and_the_scan_goes_only_to_readers_of_its_group()
    {
        using var browser = await _f.BrowserAsync("hr", _f.SoA);
        var formUrl = $"/{_f.SoA}/admin/hr/records/{_f.RecordId}/allowances/new";

        var refused = await PostRowAsync(browser, formUrl, "not a scan"u8.ToArray(), "quyet-dinh.pdf");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("PDF, JPEG hoặc PNG", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var saved = await PostRowAsync(browser, formUrl, Pdf, "../../quyet dinh 45.pdf");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var hr = await _f.ClientAsync("hr", _f.SoA);
        var record = await hr.GetFromJsonAsync<JsonElement>($"/{_f.SoA}/api/hr/records/{_f.RecordId}?groups=salary");
        var allowance = record.GetProperty("allowances").EnumerateArray().Single(a => a.GetProperty("decision").GetProperty("number").GetString() == "45/QĐ-SNV");
        Assert.Equal(0.3m, allowance.GetProperty("coefficient").GetDecimal());
        var scanUrl = allowance.GetProperty("decision").GetProperty("scanUrl").GetString()!;
        Assert.Equal("quyet dinh 45.pdf", allowance.GetProperty("decision").GetProperty("scanFileName").GetString());

        var scan = await hr.GetAsync(scanUrl);
        Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
        Assert.Equal("application/pdf", scan.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await scan.Content.ReadAsByteArrayAsync());
        Assert.True(scan.Headers.CacheControl?.NoStore);

        using var basic = await _f.ClientAsync("xem", _f.SoA);
        Assert.Equal(HttpStatusCode.Forbidden, (await basic.GetAsync(scanUrl)).StatusCode);
        using var basicBrowser = await _f.BrowserAsync("xem", _f.SoA);
        var page = $"/{_f.SoA}/admin/hr/records/{_f.RecordId}/allowances/{allowance.GetProperty("id").GetInt32()}/scan";
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(page)).StatusCode);
        Assert.False((await basicBrowser.GetAsync(page)).IsSuccessStatusCode);
    }

    [Fact]
    public async Task The_list_page_filters_as_of_a_date_and_refuses_a_bad_date_with_a_400()
    {
        using var browser = await _f.BrowserAsync("hr", _f.SoA);

        var old = WebUtility.HtmlDecode(await browser.GetStringAsync($"/{_f.SoA}/admin/hr?asOf=01/06/2021&q=hong"));
        var bad = await browser.GetAsync($"/{_f.SoA}/admin/hr?asOf=32/01/2021");

        Assert.True(old.Contains("01.003 – bậc 3", StringComparison.Ordinal), old[old.IndexOf("<table", StringComparison.Ordinal)..]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("dd/MM/yyyy", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correcting_a_row_keeps_its_id_and_history_and_a_bad_correction_changes_nothing()
    {
        using var hr = await _f.ClientAsync("hr", _f.SoA);
        var created = await hr.PostAsJsonAsync($"/{_f.SoA}/api/hr/records/{_f.RecordId}/awards", new { effectiveFrom = "2022-12-20", form = "Bằng khen của Chủ tịch UBND tỉh", decisionNumber = "99/QĐ-UBND" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        using var browser = await _f.BrowserAsync("hr", _f.SoA);
        var url = $"/{_f.SoA}/admin/hr/records/{_f.RecordId}/awards/{id}";

        var bad = await browser.PostFormAsync(url, url, ("EffectiveFrom", "20/12/2022"), ("Form", ""), ("DecisionNumber", "99/QĐ-UBND"));
        var good = await browser.PostFormAsync(url, url, ("EffectiveFrom", "20/12/2022"), ("Form", "Bằng khen của Chủ tịch UBND tỉnh"), ("DecisionNumber", "99/QĐ-UBND"), ("EarlyStepMonths", "6"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Chưa nhập hình thức khen thưởng", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var awards = (await hr.GetFromJsonAsync<JsonElement>($"/{_f.SoA}/api/hr/records/{_f.RecordId}?groups=basic")).GetProperty("awards").EnumerateArray().ToList();
        var award = Assert.Single(awards, a => a.GetProperty("decision").GetProperty("number").GetString() == "99/QĐ-UBND");
        Assert.Equal(id, award.GetProperty("id").GetInt32());
        Assert.Equal("Bằng khen của Chủ tịch UBND tỉnh", award.GetProperty("form").GetString());
        Assert.Equal(6, award.GetProperty("earlyStepMonths").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, award.GetProperty("updatedUtc").ValueKind);
    }

    private static async Task<HttpResponseMessage> PostRowAsync(HttpClient browser, string formUrl, byte[] scan, string fileName)
    {
        var token = await RecordsFixture.TokenAsync(browser, formUrl);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("01/03/2024"), "EffectiveFrom" },
            { new StringContent("chuc-vu"), "AllowanceKind" },
            { new StringContent("0,3"), "Coefficient" },
            { new StringContent("45/QĐ-SNV"), "DecisionNumber" },
            { new StringContent("25/02/2024"), "DecisionSignedOn" },
            { new StringContent("Giám đốc Sở"), "DecisionSigner" },
        };
        var file = new ByteArrayContent(scan);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "scan", fileName);
        return await browser.PostAsync(formUrl, content);
    }
}
