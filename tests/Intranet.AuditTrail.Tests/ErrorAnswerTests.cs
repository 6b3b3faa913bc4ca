using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Intranet.AuditTrail.Tests;

/// <summary>S11: the requests that answered 500 now answer 4xx or a redirect, and an unhandled error is logged once.</summary>
public sealed class ErrorAnswerTests : IClassFixture<ErrorLoggingFactory>
{
    private readonly ErrorLoggingFactory _factory;

    public ErrorAnswerTests(ErrorLoggingFactory factory) => _factory = factory;

    [Theory]
    [InlineData("%2F%09%2Fevil.example")]
    [InlineData("%2F%0A%2Fevil.example")]
    [InlineData("%2F%00")]
    [InlineData("%2Fa%7F")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("%2F%5Cevil.example")]
    [InlineData("https%3A%2F%2Fevil.example")]
    public async Task Culture_with_a_non_local_or_control_character_return_url_goes_home(string returnUrl)
    {
        var response = await _factory.CreateBrowserClient().GetAsync("/culture?culture=en-US&returnUrl=" + returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Culture_keeps_a_local_return_url()
    {
        var response = await _factory.CreateBrowserClient().GetAsync("/culture?culture=en-US&returnUrl=%2Fnews%3Fpage%3D2");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/news?page=2", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_logged_as_one_warning_without_a_stack_trace()
    {
        var before = _factory.Logs.Entries.Count;

        var response = await _factory.CreateClient().PostAsync(ErrorLoggingFactory.TooLargePath, new StringContent("{}", Encoding.UTF8, "application/json"));

        var logged = _factory.Logs.Entries.Skip(before).ToList();
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge,
            $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()} | " + string.Join(" | ", logged.Select(e => $"{e.Level} {e.Category}: {e.Message}")));
        Assert.DoesNotContain(logged, e => e.Level >= LogLevel.Error);
        Assert.DoesNotContain(logged, e => e.Exception is not null && e.Level >= LogLevel.Warning);
        Assert.Contains(logged, e => e.Level == LogLevel.Warning && e.Message.Contains("413", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_upload_that_escapes_its_controller_is_a_422_problem_in_Vietnamese_not_a_500()
    {
        var before = _factory.Logs.Entries.Count;

        var response = await _factory.CreateClient().PostAsync(ErrorLoggingFactory.RejectedUploadPath, new StringContent("x"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Tệp Excel bị hỏng ở dòng 3.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(_factory.Logs.Entries.Skip(before), e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task An_unhandled_error_is_a_500_logged_once_with_its_stack_trace()
    {
        var response = await _factory.CreateClient().GetAsync(ErrorLoggingFactory.ThrowPath);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("A bug, for the test", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var traces = _factory.Logs.Entries.Where(e => e.Exception?.Message == "A bug, for the test").ToList();
        var trace = Assert.Single(traces);
        Assert.Equal(("Intranet.Errors", LogLevel.Error), (trace.Category, trace.Level));
    }
}
