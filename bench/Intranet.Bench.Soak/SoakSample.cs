using System.Globalization;

namespace Intranet.Bench.Soak;

/// <summary>
/// One reading of the server's memory from <c>/proc/PID/status</c>: <c>VmRSS</c> and its three parts, since RSS mixes
/// what can leak (<c>RssAnon</c>: the GC heap and native allocations) with what cannot (<c>RssFile</c>: mapped DLLs and
/// files; <c>RssShmem</c>: on .NET the W^X double mapping of JIT-compiled code, which grows while tiering warms up);
/// with the machine's state at that moment — the 1-minute load average and the share of time some runnable task
/// waited for a CPU over the last 10 s (<c>/proc/pressure/cpu</c>, "some avg10"; NaN where the kernel has no PSI) —
/// so a slow minute can be told apart from a starved machine.
/// </summary>
internal sealed record SoakSample(double Seconds, double RssMb, double AnonMb, double FileMb, double ShmemMb, double Load1, double CpuPressure)
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
        return new SoakSample(seconds, Get("VmRSS"), Get("RssAnon"), Get("RssFile"), Get("RssShmem"), Load(), Pressure());
    }

    private static double Load() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    private static double Pressure()
    {
        try
        {
            // "some avg10=12.34 avg60=… avg300=… total=…"
            var some = File.ReadLines("/proc/pressure/cpu").First().Split(' ')[1];
            return double.Parse(some[(some.IndexOf('=', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
        catch (UnauthorizedAccessException)
        {
            return double.NaN;
        }
    }
}
