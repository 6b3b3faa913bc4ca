using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace Intranet.Security.Tests;

/// <summary>
/// Every endpoint of the running application (read from its endpoint data source, so a new one is covered
/// without anyone remembering to), at the host and under a department prefix, requested by: an anonymous
/// visitor, a member of another department, a member of the department without any permission (each by
/// cookie and by bearer token), and the province administrator's cookie without an antiforgery token on
/// unsafe methods. Never a 500; never a 2xx to someone without the right; anonymous pages go to the
/// sign-in page and anonymous APIs get 401 problem+json.
/// </summary>
[Collection(SecuritySuites.Name)]
public sealed class AccessMatrixTests : IClassFixture<SecurityFixture>
{
    private readonly SecurityFixture _fixture;
    private readonly Report _report;
    private readonly RouteValues _routes;
    private readonly List<string> _violations = [];
    private int _requests;

    public AccessMatrixTests(SecurityFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _report = new Report(output);
        _routes = new RouteValues(fixture);
    }

    [Fact]
    public void EveryEndpoint_IsClassifiedOrRequiresSignIn_AndEveryClassificationRowStillExists()
    {
        var endpoints = EndpointTable.Read(_fixture.Factory.Services);
        var unclassified = endpoints.Where(e => AccessClassification.Find(e) is null && !e.RequiresAuthentication).Select(e => e.Key).ToList();
        var keys = endpoints.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var stale = AccessClassification.Rows.Keys.Where(k => !keys.Contains(k)).ToList();

        Assert.True(unclassified.Count == 0,
            "Endpoints with neither [Authorize] nor a row in AccessClassification (add [Authorize], or classify them with a reason):\n  " + string.Join("\n  ", unclassified));
        Assert.True(stale.Count == 0, "AccessClassification rows naming no endpoint (remove them):\n  " + string.Join("\n  ", stale));
    }

    [Fact]
    public async Task EveryEndpoint_AtTheHostAndUnderADepartment_RefusesWhoeverLacksTheRight_AndNeverFails()
    {
        // Signing out ends the session the next rows rely on: it goes last.
        var endpoints = EndpointTable.Read(_fixture.Factory.Services).OrderBy(e => e.Key == "POST /account/logout").ToList();
        string[] prefixes = ["", "/" + _fixture.DepartmentA];

        using (var anonymous = _fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }))
        {
            await SweepAsync(endpoints, prefixes, "anonymous", anonymous, tokens: null, CheckAnonymous);
        }

        // The administrator's cookie without a token: before the members sign out, since nothing here should succeed.
        foreach (var (name, body) in new[] { ("form", false), ("json", true) })
        {
            var unsafeOnly = endpoints.Where(e => e.IsUnsafe && AccessClassification.Find(e)?.CsrfExempt is null).ToList();
            await SweepAsync(unsafeOnly, prefixes, $"administrator cookie without antiforgery token ({name} body)", _fixture.Admin.Browser, tokens: null, CheckCrossSite, forceJson: body);
        }

        foreach (var (who, client, other) in new[]
        {
            ("member of another department (cookie)", _fixture.MemberB.Browser, true),
            ("member of another department (bearer)", _fixture.MemberB.Bearer, true),
            ("member without permission (cookie)", _fixture.MemberA.Browser, false),
            ("member without permission (bearer)", _fixture.MemberA.Bearer, false),
        })
        {
            var signedIn = who.Contains("member of another", StringComparison.Ordinal) ? _fixture.MemberB : _fixture.MemberA;
            var tokens = client == signedIn.Browser ? signedIn : null;
            await SweepAsync(endpoints, prefixes, who, client, tokens, other ? CheckOtherDepartment : CheckMemberWithoutPermission);
        }

        _report.Line($"Access matrix: {endpoints.Count} endpoints (method + route) × {prefixes.Length} prefixes (host, department) covered, {_requests} requests, {_violations.Count} violations.");
        Assert.True(_violations.Count == 0, $"{_violations.Count} access violations:\n  " + string.Join("\n  ", _violations));
    }

    private async Task SweepAsync(IEnumerable<AppEndpoint> endpoints, string[] prefixes, string who, HttpClient client, SignedInClient? tokens,
        Func<AppEndpoint, string, HttpResponseMessage, string?> check, bool? forceJson = null)
    {
        foreach (var endpoint in endpoints)
        {
            foreach (var prefix in prefixes)
            {
                var url = _routes.Url(endpoint, prefix);
                using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), url);
                if (endpoint.IsUnsafe)
                {
                    request.Content = forceJson ?? TakesJson(endpoint)
                        ? new StringContent("{}", Encoding.UTF8, "application/json")
                        : TakesFile(endpoint) ? SmallMultipart() : new FormUrlEncodedContent([new("x", "1")]);
                    if (tokens is not null)
                    {
                        request.Headers.Add("RequestVerificationToken", await tokens.AntiforgeryTokenAsync(prefix));
                    }
                }

                using var response = await client.SendAsync(request);
                _requests++;
                var problem = (int)response.StatusCode >= 500 ? "a server error" : check(endpoint, prefix, response);
                if (problem is not null)
                {
                    _violations.Add($"{who}: {endpoint.Method} {url} → {(int)response.StatusCode} {response.Headers.Location}: {problem} [{AccessClassification.AccessOf(endpoint)}]");
                }
            }
        }
    }

    private static bool TakesJson(AppEndpoint endpoint) =>
        endpoint.Action?.Parameters.Any(p => p.BindingInfo?.BindingSource == BindingSource.Body) == true
        || endpoint.Endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>().Any(a => a.ContentTypes.Any(c => c.Contains("json", StringComparison.Ordinal)));

    private static bool TakesFile(AppEndpoint endpoint) =>
        endpoint.Action?.Parameters.Any(p => p.BindingInfo?.BindingSource == BindingSource.FormFile || p.ParameterType == typeof(Microsoft.AspNetCore.Http.IFormFile)) == true;

    /// <summary>What an HTML form with a file input sends: multipart with a small text file.</summary>
    private static MultipartFormDataContent SmallMultipart()
    {
        var content = new MultipartFormDataContent { { new StringContent("1"), "x" } };
        content.Add(new ByteArrayContent("Họ và tên\n"u8.ToArray()), "file", "danh-ba.csv");
        return content;
    }

    private static bool IsSuccess(HttpResponseMessage response) => (int)response.StatusCode is >= 200 and < 300;

    private string? CheckAnonymous(AppEndpoint endpoint, string prefix, HttpResponseMessage response)
    {
        var access = AccessClassification.AccessOf(endpoint);
        if (access == Access.Public || (access == Access.PublicOnHost && prefix.Length == 0))
        {
            return null;
        }

        if (endpoint.IsApi)
        {
            return response.StatusCode == HttpStatusCode.Unauthorized && response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                ? null
                : "expected 401 problem+json";
        }

        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == true
            ? null
            : "expected a redirect to the sign-in page";
    }

    private string? CheckOtherDepartment(AppEndpoint endpoint, string prefix, HttpResponseMessage response) =>
        AccessClassification.AccessOf(endpoint) switch
        {
            Access.Public or Access.SignedIn => null,
            Access.Member or Access.PublicOnHost when prefix.Length == 0 => null,
            _ => IsSuccess(response) ? "a 2xx for someone without the right" : null,
        };

    private string? CheckMemberWithoutPermission(AppEndpoint endpoint, string prefix, HttpResponseMessage response) =>
        AccessClassification.AccessOf(endpoint) == Access.Permission && IsSuccess(response) ? "a 2xx for a member without the permission" : null;

    /// <summary>A state change on the cookie alone must be refused (4xx): the token, or a bearer-only API, is the rule.</summary>
    private string? CheckCrossSite(AppEndpoint endpoint, string prefix, HttpResponseMessage response) =>
        (int)response.StatusCode is >= 400 and < 500 ? null : "an unsafe request on the cookie alone was not refused (expected 4xx)";
}
