using System.Diagnostics;
using System.Net;
using Intranet.Testing;

namespace Intranet.Hr.Tests.Io;

/// <summary>Every hostile file of the shared set sent to the HR import is a 4xx in Vietnamese, fast, and writes nothing.</summary>
public sealed class HostileImportTests : IClassFixture<HrIoFixture>
{
    private readonly HrIoFixture _f;

    public HostileImportTests(HrIoFixture fixture) => _f = fixture;

    public static TheoryData<string> Ids() => [.. HostileFiles.All().Select(f => f.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Each_hostile_file_is_refused_with_a_4xx_never_a_500(string id)
    {
        var file = HostileFiles.All().Single(f => f.Id == id);
        var clock = Stopwatch.StartNew();

        var response = await HrIoFixture.ImportAsync(_f.Officer, _f.SoA, file.Content, file.FileName, dryRun: false);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{id}: {clock.Elapsed}");
        var text = await response.Content.ReadAsStringAsync();
        var expected = file.Content.Length == 0 ? HttpStatusCode.BadRequest : HttpStatusCode.UnprocessableEntity;
        Assert.True(response.StatusCode == expected, $"{id}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = System.Text.Json.JsonDocument.Parse(text).RootElement.ToString();
        Assert.Matches("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]", System.Text.RegularExpressions.Regex.Unescape(detail).ToLowerInvariant());
    }
}
