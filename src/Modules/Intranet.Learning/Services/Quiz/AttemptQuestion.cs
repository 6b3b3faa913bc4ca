using Intranet.Learning.Models.Quiz;

namespace Intranet.Learning.Services.Quiz;

/// <summary>
/// A question as one attempt drew it (kept as JSON in the attempt's item): the bank question's content, the order
/// its choices are shown in (<see cref="Order"/>: option indexes; for matching, the left-hand items) and, for
/// matching, the right-hand texts in their shown order.
/// </summary>
public sealed class AttemptQuestion
{
    public int QuestionId { get; set; }

    public QuestionType Type { get; set; }

    public string Name { get; set; } = "";

    public string Text { get; set; } = "";

    public QuestionFormat Format { get; set; }

    public decimal Mark { get; set; } = 1;

    public string? GeneralFeedback { get; set; }

    public string? WrongFeedback { get; set; }

    public string? RightFeedback { get; set; }

    public string OutcomeCodes { get; set; } = "";

    public List<QuestionOption> Options { get; set; } = [];

    public List<int> Order { get; set; } = [];

    public List<string> Rights { get; set; } = [];

    public bool IsGraded => Type is not (QuestionType.Description or QuestionType.Essay);

    public static AttemptQuestion From(Question question, Random random, bool shuffleChoices)
    {
        var copy = new AttemptQuestion
        {
            QuestionId = question.Id, Type = question.Type, Name = question.Name, Text = question.Text, Format = question.Format,
            Mark = question.Mark, GeneralFeedback = question.GeneralFeedback, WrongFeedback = question.WrongFeedback,
            RightFeedback = question.RightFeedback, OutcomeCodes = question.OutcomeCodes, Options = question.Options,
        };
        switch (question.Type)
        {
            case QuestionType.SingleChoice or QuestionType.MultipleChoice:
                copy.Order = [.. Enumerable.Range(0, question.Options.Count)];
                if (shuffleChoices)
                {
                    Shuffle(copy.Order, random);
                }

                break;
            case QuestionType.TrueFalse:
                copy.Order = [0, 1];
                break;
            case QuestionType.Matching:
                copy.Order = [.. Enumerable.Range(0, question.Options.Count).Where(i => question.Options[i].Text.Length > 0)];
                copy.Rights = [.. question.Options.Select(o => o.Match ?? "").Where(m => m.Length > 0).Distinct(StringComparer.Ordinal)];
                // The right-hand column is always shuffled: in bank order it would line up with the left.
                Shuffle(copy.Rights, random);
                break;
        }

        return copy;
    }

    public static void Shuffle<T>(IList<T> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
