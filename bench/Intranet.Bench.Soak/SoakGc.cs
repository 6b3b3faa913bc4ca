using System.Globalization;

namespace Intranet.Bench.Soak;

/// <summary>The GC's committed memory and heap size over the soak, at the warm-up and the end (means of three readings, like RSS).</summary>
internal sealed class SoakGc(List<(double Seconds, double CommittedMb, double HeapMb)> rows, int warmupSeconds, double soakSeconds)
{
    private readonly List<(double Seconds, double CommittedMb, double HeapMb)> _rows = rows.Where(r => r.Seconds <= soakSeconds).ToList();

    public string Describe(IFormatProvider culture)
    {
        if (_rows.Count < 3)
        {
            return "not measured (dotnet-counters missing or too short)";
        }

        var warmup = Math.Max(0, _rows.FindIndex(r => r.Seconds >= warmupSeconds));
        var (committedWarm, heapWarm) = Mean(warmup);
        var (committedEnd, heapEnd) = Mean(_rows.Count - 3);
        return string.Create(culture, $"{committedWarm:0} → {committedEnd:0} MB / {heapWarm:0} → {heapEnd:0} MB");
    }

    public string PerMinute(IFormatProvider culture) => _rows.Count == 0
        ? "–"
        : string.Join(", ", _rows.GroupBy(r => (int)(r.Seconds / 60)).Select(g => g.First().CommittedMb).Append(_rows[^1].CommittedMb)
            .Select(m => m.ToString("0", culture)));

    private (double Committed, double Heap) Mean(int start)
    {
        var window = _rows.Skip(Math.Clamp(start, 0, _rows.Count - 3)).Take(3).ToList();
        return (window.Average(r => r.CommittedMb), window.Average(r => r.HeapMb));
    }
}
