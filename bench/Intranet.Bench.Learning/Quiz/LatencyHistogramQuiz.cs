using System.Diagnostics;

namespace Intranet.Bench.Learning.Quiz;

/// <summary>Latencies of one operation, in milliseconds, from Stopwatch ticks.</summary>
public sealed class LatencyHistogramQuiz
{
    private readonly List<double> _ms = [];

    public double TotalMs => _ms.Sum();

    public double Max => _ms.Count == 0 ? 0 : _ms.Max();

    public void Add(long ticks) => _ms.Add(ticks * 1000.0 / Stopwatch.Frequency);

    public double Percentile(double p)
    {
        var sorted = _ms.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
