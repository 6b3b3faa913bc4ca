using Intranet.Learning.Models.Quiz;
using Intranet.Learning.Services.Quiz;

namespace Intranet.Learning.Controllers.Quiz;

/// <summary>
/// An attempt as the API shows it to its learner. While it is in progress the questions carry no weights, right
/// answers or feedback; once finished, each item's grade and the score.
/// </summary>
public sealed record AttemptView(int Id, int LessonId, int Number, string State, DateTime StartedUtc, DateTime? DeadlineUtc, DateTime? FinishedUtc,
    decimal? ScorePercent, bool? Passed, IReadOnlyList<AttemptItemView> Items)
{
    public static AttemptView From(QuizAttempt attempt)
    {
        var finished = attempt.State != QuizAttemptState.InProgress;
        return new AttemptView(attempt.Id, attempt.LessonId, attempt.Number, attempt.State.ToString(), attempt.StartedUtc, attempt.DeadlineUtc, attempt.FinishedUtc,
            attempt.ScorePercent, attempt.Passed,
            [.. attempt.Items.OrderBy(i => i.Slot).Select(i =>
            {
                var q = QuizJson.Read<AttemptQuestion>(i.QuestionJson) ?? new AttemptQuestion();
                var choices = q.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.TrueFalse
                    ? q.Order.Select(o => new AttemptChoiceView(o, q.Options[o].Text)).ToList()
                    : q.Type == QuestionType.Matching ? q.Order.Select(o => new AttemptChoiceView(o, q.Options[o].Text)).ToList() : [];
                return new AttemptItemView(i.Slot, q.Type.ToString(), q.Text, choices, q.Type == QuestionType.Matching ? q.Rights : [],
                    QuizJson.Read<QuizResponse>(i.ResponseJson), finished ? i.Fraction : null);
            })]);
    }
}
