using System.Globalization;
using Intranet.Bench.Tenants;

namespace Intranet.Bench.Soak;

/// <summary>
/// <c>--minutes 10 --connections 64 --sample-seconds 5 --warmup-seconds 120 --baseline-seconds 30 --web path</c>, and any
/// number of <c>--set key=value</c>: extra server settings (configuration keys, or runtime variables such as
/// <c>DOTNET_GCConserveMemory</c>) for comparing two runs that differ in one.
/// </summary>
internal sealed record SoakOptions(double Minutes, int Connections, int SampleSeconds, int WarmupSeconds, int BaselineSeconds, string WebDll)
{
    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal) { ["Intranet:Setup:DemoRecipe"] = "demo-province" };

    public static SoakOptions Parse(string[] args)
    {
        var options = new SoakOptions(10, 64, 5, 120, 30, Path.GetFullPath(Path.Combine(BenchOptions.RepoRoot(), "src/Intranet.Web/bin/Release/net10.0/Intranet.Web.dll")));
        for (var i = 0; i < args.Length - 1; i++)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--minutes" => options with { Minutes = double.Parse(value, CultureInfo.InvariantCulture) },
                "--connections" => options with { Connections = int.Parse(value, CultureInfo.InvariantCulture) },
                "--sample-seconds" => options with { SampleSeconds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--warmup-seconds" => options with { WarmupSeconds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--baseline-seconds" => options with { BaselineSeconds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--web" => options with { WebDll = Path.GetFullPath(value) },
                "--set" when value.Split('=', 2) is [var key, var setting] => options.With(key, setting),
                _ => options,
            };
        }

        return options;
    }

    private SoakOptions With(string key, string value)
    {
        Settings[key] = value;
        return this;
    }

    public int Seconds => (int)Math.Round(Minutes * 60);
}
