using System.Net;
using System.Text;

namespace Intranet.Security.Tests;

/// <summary>
/// The 500s the fuzzer found outside the probe's findings, one request each: a tenant name that did not bind,
/// an unknown mailbox in the mail admin, a lone surrogate in a directory name, a recipe with a repeated key.
/// </summary>
[Collection(SecuritySuites.Name)]
public sealed class FuzzFindingsTests : IClassFixture<SecurityFixture>
{
    private readonly SecurityFixture _fixture;

    public FuzzFindingsTests(SecurityFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task TenantApi_WhenTheFormCannotBeRead_AnswersNotFound_NotAServerError()
    {
        // 5,000 fields break the form reader; every parameter of the (non-[ApiController]) action then arrives null.
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/tenants/" + _fixture.VictimTenant)
        {
            Content = new StringContent(string.Join('&', Enumerable.Range(0, 5000).Select(i => $"f{i}=1")), Encoding.ASCII, "application/x-www-form-urlencoded"),
        };
        using var response = await _fixture.Admin.Bearer.SendAsync(request);

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"answered {(int)response.StatusCode}");
        Assert.NotNull(_fixture.TenantOf("/" + _fixture.VictimTenant));
    }

    [Theory]
    [InlineData("enable")]
    [InlineData("disable")]
    public async Task MailAdmin_UnknownMailbox_IsNotFound(string verb)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/mail/mailboxes/987654/{verb}") { Content = new FormUrlEncodedContent([]) };
        request.Headers.Add("RequestVerificationToken", await _fixture.Admin.AntiforgeryTokenAsync(""));
        using var response = await _fixture.Admin.Browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DirectoryApi_NameWithALoneSurrogateOrANoncharacter_IsNotAServerError()
    {
        using var response = await _fixture.Admin.Bearer.PostAsync($"/{_fixture.DepartmentA}/api/directory/people",
            new StringContent("{\"fullName\":\"Tr\\ud800n\\uffff\",\"email\":\"le.surrogate@so.test\"}", Encoding.UTF8, "application/json"));

        Assert.True((int)response.StatusCode < 500, $"answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task TenantImport_RecipeWithARepeatedKey_IsABadRequest()
    {
        using var response = await _fixture.Admin.Bearer.PostAsync("/api/tenants/import?name=lap-khoa&prefix=lap-khoa",
            new StringContent("{\"a\":1,\"a\":2,\"a\":[]}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
