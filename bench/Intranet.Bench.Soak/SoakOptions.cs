using System.Globalization;
using Intranet.Bench.Tenants;

namespace Intranet.Bench.Soak;

/// <summary><c>--minutes 10 --connections 64 --sample-seconds 5 --warmup-seconds 60 --baseline-seconds 30 --web path</c>.</summary>
internal sealed record SoakOptions(double Minutes, int Connections, int SampleSeconds, int WarmupSeconds, int BaselineSeconds, string WebDll)
{
    public static SoakOptions Parse(string[] args)
    {
        var options = new SoakOptions(10, 64, 5, 60, 30, Path.GetFullPath(Path.Combine(BenchOptions.RepoRoot(), "src/Intranet.Web/bin/Release/net10.0/Intranet.Web.dll")));
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
                _ => options,
            };
        }

        return options;
    }

    public int Seconds => (int)Math.Round(Minutes * 60);
}
