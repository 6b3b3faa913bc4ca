using System.Globalization;
using Intranet.Learning.Models.Quiz;

namespace Intranet.Learning.Services.Quiz;

/// <summary>
/// Grades one answer to a fraction of the question's mark (0–1): choices by their weights (a multiple-answer
/// question sums them, never below 0), short answers after Vietnamese folding, numbers within a tolerance or range,
/// matching by the share of pairs right. Essays and descriptions are not graded (null).
/// </summary>
public static class QuizGrader
{
    public static decimal? Grade(AttemptQuestion question, QuizResponse? response)
    {
        if (!question.IsGraded)
        {
            return null;
        }

        if (response is null || response.IsEmpty)
        {
            return 0;
        }

        var fraction = question.Type switch
        {
            QuestionType.SingleChoice or QuestionType.TrueFalse => response.Choices is [var one] && Valid(question, one) ? question.Options[one].Fraction : 0,
            QuestionType.MultipleChoice => (response.Choices ?? []).Distinct().Where(i => Valid(question, i)).Sum(i => question.Options[i].Fraction),
            QuestionType.ShortAnswer => question.Options.Where(o => QuizText.Matches(o.Text, response.Text ?? "")).Select(o => o.Fraction).DefaultIfEmpty(0).Max(),
            QuestionType.Numerical => Numerical(question, response.Text),
            QuestionType.Matching => Matching(question, response.Matches),
            _ => 0,
        };
        return Math.Clamp(fraction, 0, 1);
    }

    /// <summary>The attempt's score in percent of the graded questions' marks (100 when nothing is graded).</summary>
    public static decimal Score(IEnumerable<(AttemptQuestion Question, decimal? Fraction)> items)
    {
        decimal total = 0, earned = 0;
        foreach (var (question, fraction) in items)
        {
            if (!question.IsGraded)
            {
                continue;
            }

            total += question.Mark;
            earned += question.Mark * (fraction ?? 0);
        }

        return total == 0 ? 100 : Math.Round(earned / total * 100, 2);
    }

    /// <summary>A typed number: "3,14" and "3.14" alike (Vietnamese writes a decimal comma).</summary>
    public static decimal? ParseNumber(string? text)
    {
        var trimmed = (text ?? "").Trim().Replace(" ", "", StringComparison.Ordinal);
        if (trimmed.Contains(',', StringComparison.Ordinal) && !trimmed.Contains('.', StringComparison.Ordinal))
        {
            trimmed = trimmed.Replace(',', '.');
        }

        return trimmed.Length is > 0 and <= 40 && decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static bool Valid(AttemptQuestion question, int index) => index >= 0 && index < question.Options.Count;

    private static decimal Numerical(AttemptQuestion question, string? text)
    {
        if (ParseNumber(text) is not { } value)
        {
            return 0;
        }

        return question.Options
            .Where(o => o.Min is { } min && o.Max is { } max ? value >= min && value <= max : o.Value is { } v && Math.Abs(value - v) <= (o.Tolerance ?? 0))
            .Select(o => o.Fraction)
            .DefaultIfEmpty(0)
            .Max();
    }

    private static decimal Matching(AttemptQuestion question, IReadOnlyList<int?>? picks)
    {
        if (question.Order.Count == 0 || picks is null)
        {
            return 0;
        }

        var right = 0;
        for (var i = 0; i < question.Order.Count && i < picks.Count; i++)
        {
            if (picks[i] is { } pick && pick >= 0 && pick < question.Rights.Count
                && string.Equals(question.Rights[pick], question.Options[question.Order[i]].Match, StringComparison.Ordinal))
            {
                right++;
            }
        }

        return (decimal)right / question.Order.Count;
    }
}
