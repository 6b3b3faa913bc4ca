namespace Intranet.Bench.Soak;

/// <summary>
/// The memory series of the measured soak (the warm-up run before it is not in it). Growth compares the median of the
/// first minute with the median of the last minute: a median of twelve samples is not moved by one collection or one
/// step of the GC's committed memory, which is what decided earlier verdicts that compared single points.
/// </summary>
internal sealed class SoakMemory
{
    public const int WindowSeconds = 60;

    private readonly List<SoakSample> _samples;

    public SoakMemory(List<SoakSample> samples)
    {
        if (samples.Count == 0)
        {
            throw new InvalidOperationException("No RSS sample was taken.");
        }

        _samples = samples;
    }

    public double First => _samples[0].RssMb;

    public double Max => _samples.Max(s => s.RssMb);

    public double AtStart(Func<SoakSample, double> part) => Median(FirstWindow().Select(part));

    public double AtEnd(Func<SoakSample, double> part) => Median(LastWindow().Select(part));

    public double Start => AtStart(s => s.RssMb);

    public double End => AtEnd(s => s.RssMb);

    public double GrowthPercent => (End - Start) / Start * 100;

    public int WindowSamples => FirstWindow().Count;

    /// <summary>The median of each minute of the soak.</summary>
    public IEnumerable<double> PerMinute(Func<SoakSample, double> part)
    {
        // The last sample can land a moment past the last full minute: it belongs to that minute, not to a minute of its own.
        var last = Math.Max(0, (int)Math.Ceiling((_samples[^1].Seconds - _samples[0].Seconds) / 60) - 1);
        return _samples.GroupBy(s => Math.Min(last, (int)((s.Seconds - _samples[0].Seconds) / 60))).Select(g => Median(g.Select(part)));
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private List<SoakSample> FirstWindow() => _samples.Where(s => s.Seconds < _samples[0].Seconds + WindowSeconds).ToList();

    private List<SoakSample> LastWindow() => _samples.Where(s => s.Seconds > _samples[^1].Seconds - WindowSeconds).ToList();
}
