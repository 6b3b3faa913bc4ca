using System.Net;
using System.Text;

namespace Intranet.Security.Tests;

/// <summary>
/// The second fuzz run's 500s, one class each: page forms that could not be read reached their actions as null
/// models; U+FFFF and lone surrogates in an email made Unicode normalization throw; two requests creating or
/// deleting the same role at once broke the UNIQUE index or the row count.
/// </summary>
[Collection(SecuritySuites.Name)]
public sealed class FuzzFindingsRoundTwoTests : IClassFixture<SecurityFixture>
{
    private readonly SecurityFixture _fixture;

    public FuzzFindingsRoundTwoTests(SecurityFixture fixture) => _fixture = fixture;

    public static TheoryData<string, string> UnreadableForms => new()
    {
        { "/admin/tenants/create", "fields" },
        { "/admin/tenants/create", "cut-short" },
        { "/account/change-password", "no-boundary" },
        { "/account/change-password", "fields" },
    };

    [Theory]
    [MemberData(nameof(UnreadableForms))]
    public async Task PageForm_ThatCannotBeRead_IsABadRequestPage_NotAServerError(string path, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Unreadable(body) };
        request.Headers.Add("RequestVerificationToken", await _fixture.Admin.AntiforgeryTokenAsync(""));
        using var response = await _fixture.Admin.Browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("400", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("le\\uffffvan@so.test")]
    [InlineData("le\\ufffevan@so.test")]
    [InlineData("le\\udbff\\udfffvan@so.test")]
    public async Task TokenApi_EmailWithANoncharacter_AnswersLikeAnUnknownEmail(string jsonEmail)
    {
        using var anonymous = _fixture.Factory.CreateClient();
        using var strange = await anonymous.PostAsync("/api/auth/token", Json($"{{\"email\":\"{jsonEmail}\",\"password\":\"sai-mat-khau-123\"}}"));
        using var unknown = await anonymous.PostAsync("/api/auth/token", Json("{\"email\":\"khong-co-ai@so.test\",\"password\":\"sai-mat-khau-123\"}"));

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(unknown.StatusCode, strange.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await strange.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TokenApi_EmailWithALoneSurrogate_IsRefusedAsBadJson_BeforeAnyAccountLookup()
    {
        // The JSON reader refuses "\ud800" itself (it cannot be text), so the answer says nothing about accounts.
        using var anonymous = _fixture.Factory.CreateClient();
        using var response = await anonymous.PostAsync("/api/auth/token", Json("{\"email\":\"le\\ud800van@so.test\",\"password\":\"sai-mat-khau-123\"}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("moi\\uffff@so.test")]
    [InlineData("moi\\udc00@so.test")]
    public async Task UsersApi_NewMemberWithAnInvalidCharacterInTheEmail_IsABadRequest(string jsonEmail)
    {
        using var response = await _fixture.Admin.Bearer.PostAsync($"/{_fixture.DepartmentA}/api/users",
            Json($"{{\"email\":\"{jsonEmail}\",\"fullName\":\"Lê Văn Mới\",\"password\":\"ngựa-xanh-chạy-trên-đồi-7\",\"roles\":[\"Member\"]}}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task RolesApi_SameRoleCreatedAndDeletedByParallelRequests_IsNeverAServerError()
    {
        var statuses = new List<int>();
        for (var round = 0; round < 4; round++)
        {
            var name = "dongthoi" + round;
            var creates = Enumerable.Range(0, 6).Select(_ => Send(HttpMethod.Put, name, "{\"description\":\"cùng lúc\"}"));
            statuses.AddRange(await Task.WhenAll(creates));
            var deletes = Enumerable.Range(0, 6).Select(_ => Send(HttpMethod.Delete, name, null));
            statuses.AddRange(await Task.WhenAll(deletes));
        }

        Assert.All(statuses, s => Assert.True(s is 200 or 204 or 404 or 409, $"answered {s}"));
    }

    private async Task<int> Send(HttpMethod method, string role, string? json)
    {
        using var request = new HttpRequestMessage(method, $"/{_fixture.DepartmentA}/api/roles/{role}") { Content = json is null ? null : Json(json) };
        using var response = await _fixture.Admin.Bearer.SendAsync(request);
        return (int)response.StatusCode;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static ByteArrayContent Unreadable(string kind)
    {
        var (text, contentType) = kind switch
        {
            "fields" => (string.Join('&', Enumerable.Range(0, 5000).Select(i => $"f{i}=1")), "application/x-www-form-urlencoded"),
            "no-boundary" => ("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--\r\n", "multipart/form-data"),
            _ => ("--x\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nabc", "multipart/form-data; boundary=x"),
        };
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(text));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }
}
