namespace Intranet.Bench.Soak;

/// <summary>The memory series of a soak: warm-up level against the end, each the mean of three samples so one GC does not decide.</summary>
internal sealed class SoakMemory
{
    private readonly List<SoakSample> _samples;
    private readonly int _warmupSeconds;

    public SoakMemory(List<SoakSample> samples, int warmupSeconds)
    {
        if (samples.Count == 0)
        {
            throw new InvalidOperationException("No RSS sample was taken.");
        }

        _samples = samples;
        _warmupSeconds = warmupSeconds;
    }

    public double First => _samples[0].RssMb;

    public double Max => _samples.Max(s => s.RssMb);

    public double AfterWarmup => AtWarmup(s => s.RssMb);

    public double Last => AtEnd(s => s.RssMb);

    public double GrowthPercent => (Last - AfterWarmup) / AfterWarmup * 100;

    /// <summary>The mean of three samples from the end of the warm-up, of any part of the memory.</summary>
    public double AtWarmup(Func<SoakSample, double> part)
    {
        var index = _samples.FindIndex(s => s.Seconds >= _warmupSeconds);
        return Mean(index < 0 ? _samples.Count - 3 : index, part);
    }

    /// <summary>The mean of the last three samples, of any part of the memory.</summary>
    public double AtEnd(Func<SoakSample, double> part) => Mean(_samples.Count - 3, part);

    /// <summary>The first sample of each minute, and the last.</summary>
    public IEnumerable<double> PerMinute(Func<SoakSample, double> part) =>
        _samples.GroupBy(s => (int)(s.Seconds / 60)).Select(g => part(g.First())).Append(part(_samples[^1]));

    private double Mean(int start, Func<SoakSample, double> part)
    {
        start = Math.Clamp(start, 0, Math.Max(0, _samples.Count - 3));
        return _samples.Skip(start).Take(3).Average(part);
    }
}
