using System.Globalization;

namespace Intranet.Bench.Soak;

/// <summary>
/// One reading of the server's memory from <c>/proc/PID/status</c>: <c>VmRSS</c> and its three parts, since RSS mixes
/// what can leak (<c>RssAnon</c>: the GC heap and native allocations) with what cannot (<c>RssFile</c>: mapped DLLs and
/// files; <c>RssShmem</c>: on .NET the W^X double mapping of JIT-compiled code, which grows while tiering warms up).
/// </summary>
internal sealed record SoakSample(double Seconds, double RssMb, double AnonMb, double FileMb, double ShmemMb)
{
    public static SoakSample Read(int processId, double seconds)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon] is "VmRSS" or "RssAnon" or "RssFile" or "RssShmem")
            {
                values[line[..colon]] = double.Parse(line[(colon + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
            }
        }

        double Get(string key) => values.TryGetValue(key, out var value) ? value : double.NaN;
        return new SoakSample(seconds, Get("VmRSS"), Get("RssAnon"), Get("RssFile"), Get("RssShmem"));
    }
}
