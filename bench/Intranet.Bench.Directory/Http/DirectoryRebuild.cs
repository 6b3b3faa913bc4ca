using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Intranet.Bench.Tenants;

namespace Intranet.Bench.StaffDirectory.Http;

/// <summary>The Search admin page's "Dựng lại" button for the province directory, then its progress until done.</summary>
internal static partial class DirectoryRebuild
{
    public static async Task<(int Documents, double ServerSeconds)> RunAsync(BenchClient admin, int atLeast)
    {
        await admin.PostFormAsync("/admin/search", "/admin/search/rebuild", new Dictionary<string, string> { ["index"] = "directory" });
        for (var i = 0; i < 3600; i++)
        {
            await Task.Delay(250);
            var status = await admin.GetAsync("/admin/search/status");
            if (status.Contains("text-danger", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("Rebuild failed: " + WebUtility.HtmlDecode(status));
            }

            // The start-up task may have rebuilt the empty index already: wait for this rebuild's count.
            if (Done().Match(status) is { Success: true } done
                && int.Parse(Digits().Replace(done.Groups[1].Value, ""), CultureInfo.InvariantCulture) is var documents && documents >= atLeast)
            {
                return (documents, double.Parse(done.Groups[2].Value.Replace(',', '.'), CultureInfo.InvariantCulture));
            }
        }

        throw new TimeoutException("The rebuild did not finish within 15 minutes.");
    }

    [GeneratedRegex(@"text-success"">[^:<]*:\s*([\d.,\u00a0 ]+)[^\d<]+([\d.,]+)")]
    private static partial Regex Done();

    [GeneratedRegex(@"[^\d]")]
    private static partial Regex Digits();
}
