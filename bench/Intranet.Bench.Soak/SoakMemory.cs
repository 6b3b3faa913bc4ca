namespace Intranet.Bench.Soak;

/// <summary>The RSS series of a soak: warm-up level against the end, each the mean of three samples so one GC does not decide.</summary>
internal sealed class SoakMemory
{
    private readonly List<(double Seconds, double RssMb)> _samples;
    private readonly int _warmupSeconds;

    public SoakMemory(List<(double Seconds, double RssMb)> samples, int warmupSeconds)
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

    public double AfterWarmup
    {
        get
        {
            var index = _samples.FindIndex(s => s.Seconds >= _warmupSeconds);
            return Mean(index < 0 ? _samples.Count - 3 : index);
        }
    }

    public double Last => Mean(_samples.Count - 3);

    public double GrowthPercent => (Last - AfterWarmup) / AfterWarmup * 100;

    /// <summary>The first sample of each minute.</summary>
    public IEnumerable<double> PerMinute() =>
        _samples.GroupBy(s => (int)(s.Seconds / 60)).Select(g => g.First().RssMb).Append(_samples[^1].RssMb);

    private double Mean(int start)
    {
        start = Math.Clamp(start, 0, Math.Max(0, _samples.Count - 3));
        return _samples.Skip(start).Take(3).Average(s => s.RssMb);
    }
}
