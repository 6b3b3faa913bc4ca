using Intranet.Learning.Models.Quiz;

namespace Intranet.Learning.Services.Quiz;

/// <summary>Per-question analysis of a quiz's finished attempts (what the trainer's results page and the XLSX show).</summary>
public static class QuizAnalysis
{
    public static IReadOnlyList<QuestionStats> Compute(IReadOnlyList<QuizAttempt> attempts)
    {
        // Per attempt: every graded item's (question, fraction, mark), and the attempt's total.
        var rows = new List<(int Question, AttemptQuestion Copy, decimal Fraction, decimal Others)>();
        foreach (var attempt in attempts.Where(a => a.State != QuizAttemptState.InProgress))
        {
            var items = attempt.Items
                .Select(i => (Item: i, Copy: QuizJson.Read<AttemptQuestion>(i.QuestionJson)))
                .Where(x => x.Copy is { IsGraded: true })
                .Select(x => (x.Item.QuestionId, Copy: x.Copy!, Fraction: x.Item.Fraction ?? 0))
                .ToList();
            var total = items.Sum(x => x.Fraction * x.Copy.Mark);
            rows.AddRange(items.Select(x => (x.QuestionId, x.Copy, x.Fraction, total - x.Fraction * x.Copy.Mark)));
        }

        return [.. rows.GroupBy(r => r.Question).Select(g =>
        {
            var list = g.ToList();
            var copy = list[^1].Copy;
            var n = list.Count;
            return new QuestionStats(
                g.Key, copy.Name, copy.Type.ToString(), copy.OutcomeCodes, n,
                Math.Round((decimal)list.Count(r => r.Fraction >= 0.999m) / n * 100, 1),
                Math.Round(list.Average(r => r.Fraction) * 100, 1),
                Correlation(list.Select(r => ((double)r.Fraction, (double)r.Others)).ToList()));
        }).OrderBy(s => s.QuestionId)];
    }

    private static decimal? Correlation(List<(double X, double Y)> pairs)
    {
        if (pairs.Count < 3)
        {
            return null;
        }

        var mx = pairs.Average(p => p.X);
        var my = pairs.Average(p => p.Y);
        double sxy = 0, sxx = 0, syy = 0;
        foreach (var (x, y) in pairs)
        {
            sxy += (x - mx) * (y - my);
            sxx += (x - mx) * (x - mx);
            syy += (y - my) * (y - my);
        }

        return sxx <= 1e-12 || syy <= 1e-12 ? null : Math.Round((decimal)(sxy / Math.Sqrt(sxx * syy)), 3);
    }
}
