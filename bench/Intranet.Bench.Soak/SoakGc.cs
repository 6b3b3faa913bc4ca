using System.Globalization;

namespace Intranet.Bench.Soak;

/// <summary>The GC's committed memory and heap size over the measured soak: medians of the first and the last minute, like RSS.</summary>
internal sealed class SoakGc(List<SoakCounters> rows, double startSeconds, double endSeconds)
{
    private readonly List<SoakCounters> _rows = rows.Where(r => r.Seconds >= startSeconds && r.Seconds <= endSeconds).ToList();

    public bool Measured => _rows.Count >= 3;

    public string Describe(IFormatProvider culture)
    {
        if (!Measured)
        {
            return "not measured (dotnet-counters missing or too short)";
        }

        var first = _rows.Where(r => r.Seconds < startSeconds + SoakMemory.WindowSeconds).ToList();
        var last = _rows.Where(r => r.Seconds > endSeconds - SoakMemory.WindowSeconds).ToList();
        return string.Create(culture,
            $"{SoakMemory.Median(first.Select(r => r.CommittedMb)):0} → {SoakMemory.Median(last.Select(r => r.CommittedMb)):0} MB / {SoakMemory.Median(first.Select(r => r.HeapMb)):0} → {SoakMemory.Median(last.Select(r => r.HeapMb)):0} MB");
    }

    /// <summary>The rows of one minute of the soak (0-based), for the per-minute table.</summary>
    public List<SoakCounters> Minute(int minute) =>
        _rows.Where(r => (int)((r.Seconds - startSeconds) / 60) == minute).ToList();

    public string PerMinute(IFormatProvider culture, int minutes) => !Measured
        ? "–"
        : string.Join(", ", Enumerable.Range(0, minutes).Select(m => SoakMemory.Median(Minute(m).Select(r => r.CommittedMb)).ToString("0", culture)));
}
