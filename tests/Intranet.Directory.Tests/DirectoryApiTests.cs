using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Intranet.StaffDirectory.Tests;

/// <summary>The JSON API and the province pages over HTTP, with real accounts, memberships and department databases.</summary>
public sealed class DirectoryApiTests : IClassFixture<ProvinceFixture>
{
    private readonly ProvinceFixture _f;

    public DirectoryApiTests(ProvinceFixture fixture) => _f = fixture;

    [Fact]
    public async Task Search_shows_department_fields_to_colleagues_only_and_hidden_fields_to_no_one()
    {
        using var colleague = await _f.ClientAsync("nam", _f.SoA);
        using var outsider = await _f.ClientAsync("ha", _f.SoB);

        var forColleague = await SearchOneAsync(colleague, "hanh tran");
        var forOutsider = await SearchOneAsync(outsider, "Hạnh");

        Assert.Equal("Trần Thị Bích Hạnh", forOutsider.GetProperty("name").GetString());
        Assert.Equal("Sở Tài chính", forOutsider.GetProperty("tenantName").GetString());
        Assert.Equal("0290 3802 101", forOutsider.GetProperty("phone").GetString());
        Assert.Equal(JsonValueKind.Null, forOutsider.GetProperty("mobile").ValueKind);
        Assert.Equal("0901 123 410", forColleague.GetProperty("mobile").GetString());
        foreach (var item in new[] { forColleague, forOutsider })
        {
            Assert.DoesNotContain("P.201", item.GetRawText(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("name:(nguyen")]
    [InlineData("salary:1000")]
    [InlineData("")]
    public async Task Bad_queries_are_a_400_problem_in_vietnamese(string q)
    {
        using var client = await _f.ClientAsync("nam", _f.SoA);

        var response = await client.GetAsync("/api/directory/search?q=" + Uri.EscapeDataString(q));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task The_search_api_needs_a_signed_in_caller()
    {
        using var anonymous = _f.Factory.CreateClient();
        var response = await anonymous.GetAsync("/api/directory/search?q=hanh");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_profile_page_and_vcard_leave_out_what_the_reader_may_not_see()
    {
        using var outsider = await _f.ClientAsync("ha", _f.SoB);
        var hit = await SearchOneAsync(outsider, "hanh");
        var url = hit.GetProperty("url").GetString()!;

        var page = WebUtility.HtmlDecode(await outsider.GetStringAsync(url)); // Razor writes Vietnamese as character references
        Assert.Contains("Trần Thị Bích Hạnh", page, StringComparison.Ordinal);
        Assert.Contains("0290 3802 101", page, StringComparison.Ordinal);
        Assert.DoesNotContain("0901 123 410", page, StringComparison.Ordinal);
        Assert.DoesNotContain("P.201", page, StringComparison.Ordinal);

        var vcard = await outsider.GetAsync(url + "/vcard");
        Assert.Equal("text/vcard", vcard.Content.Headers.ContentType?.MediaType);
        var card = Assert.Single(VCardParser.Parse(Encoding.UTF8.GetString(await vcard.Content.ReadAsByteArrayAsync())));
        Assert.Equal("Trần Thị Bích Hạnh", card.Get("FN"));
        Assert.Equal("Trưởng phòng", card.Get("TITLE"));
        Assert.DoesNotContain(card.Properties, p => p.Value.Contains("0901", StringComparison.Ordinal) || p.Value.Contains("P.201", StringComparison.Ordinal));

        using var colleague = await _f.ClientAsync("nam", _f.SoA);
        var colleagueCard = VCardParser.Parse(await colleague.GetStringAsync(url + "/vcard")).Single();
        Assert.Contains(colleagueCard.Properties, p => p.Name == "TEL" && p.Value == "tel:0901-123-410");
    }

    [Fact]
    public async Task A_unit_downloads_as_a_multi_vcard_and_as_csv_for_excel()
    {
        using var outsider = await _f.ClientAsync("ha", _f.SoB);

        var cards = VCardParser.Parse(await outsider.GetStringAsync($"/directory/{_f.SoA}/phong-hanh-chinh/vcard"));
        Assert.Equal(["Trần Thị Bích Hạnh", "Lê Hoàng Nam"], cards.Select(c => c.Get("FN")).Order(StringComparer.Ordinal).Reverse());

        var csv = await outsider.GetByteArrayAsync($"/directory/{_f.SoA}/csv");
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        Assert.Contains("Lê Hoàng Nam", Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
        Assert.DoesNotContain("0902 123 420", Encoding.UTF8.GetString(csv), StringComparison.Ordinal);

        var chart = WebUtility.HtmlDecode(await outsider.GetStringAsync($"/directory/{_f.SoA}/chart"));
        Assert.Contains("role=\"tree\"", chart, StringComparison.Ordinal);
        Assert.Contains("Phòng Hành chính – Tổ chức", chart, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_header_typeahead_lists_people_as_links()
    {
        using var colleague = await _f.ClientAsync("nam", _f.SoA);

        var html = WebUtility.HtmlDecode(await colleague.GetStringAsync("/directory/typeahead?q=" + Uri.EscapeDataString("ha le")));

        Assert.Contains("Lê Thị Hà", html, StringComparison.Ordinal);
        Assert.Contains($"/directory/{_f.SoB}/people/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_dry_run_writes_nothing_and_a_bad_row_is_reported_with_its_line()
    {
        var csv = "Họ và tên,Email,Đơn vị\r\nĐỗ Văn Bình,binh@x.test,phong-hanh-chinh\r\nVõ Thị Sáu,sai-email,phong-hanh-chinh\r\n";

        var bad = await ImportAsync(csv, dryRun: true);
        Assert.Equal((HttpStatusCode)422, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, problem.GetProperty("errors")[0].GetProperty("line").GetInt32());

        var good = await ImportAsync(csv.Replace("sai-email", "sau@x.test", StringComparison.Ordinal), dryRun: true);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(2, (await good.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32());
        var people = await _f.Admin.GetFromJsonAsync<JsonElement>($"/{_f.SoA}/api/directory/people");
        Assert.DoesNotContain(people.EnumerateArray(), p => p.GetProperty("fullName").GetString() == "Đỗ Văn Bình");
    }

    [Fact]
    public async Task Managing_a_department_needs_its_permission_there()
    {
        using var outsider = await _f.ClientAsync("ha", _f.SoB);
        using var member = await _f.ClientAsync("nam", _f.SoA);
        var unit = new { id = "phong-moi", name = "Phòng Mới", kind = "phong" };

        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostAsJsonAsync($"/{_f.SoA}/api/directory/units", unit)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync($"/{_f.SoA}/api/directory/units", unit)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/{_f.SoA}/api/directory/people")).StatusCode);

        var bad = await _f.Admin.PostAsJsonAsync($"/{_f.SoA}/api/directory/units", new { id = "Phòng Mới", name = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);

        var created = await _f.Admin.PostAsJsonAsync($"/{_f.SoA}/api/directory/people", new { fullName = "Phan Văn Khải", email = $"khai@{_f.SoA}.test", unit = "phong-hanh-chinh" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Phan Văn Khải", (await SearchOneAsync(member, "khai phan")).GetProperty("name").GetString());
    }

    private async Task<HttpResponseMessage> ImportAsync(string csv, bool dryRun)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "nhan-su.csv");
        return await _f.Admin.PostAsync($"/{_f.SoA}/api/directory/import?dryRun={(dryRun ? "true" : "false")}", content);
    }

    private static async Task<JsonElement> SearchOneAsync(HttpClient client, string q)
    {
        var response = await client.GetAsync("/api/directory/search?q=" + Uri.EscapeDataString(q));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        using var doc = JsonDocument.Parse(text);
        return Assert.Single(doc.RootElement.GetProperty("items").EnumerateArray()).Clone();
    }
}
