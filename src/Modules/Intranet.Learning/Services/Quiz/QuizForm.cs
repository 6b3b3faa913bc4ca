using Intranet.Learning.Models.Quiz;
using Microsoft.AspNetCore.Http;

namespace Intranet.Learning.Services.Quiz;

/// <summary>Reads the attempt page's fields (<c>q{slot}</c>, <c>q{slot}_{row}</c> for matching) into responses.</summary>
public static class QuizForm
{
    public static Dictionary<int, QuizResponse> Read(IFormCollection form, IEnumerable<(int Slot, AttemptQuestion Question)> items)
    {
        var responses = new Dictionary<int, QuizResponse>();
        foreach (var (slot, question) in items)
        {
            var name = "q" + slot.ToString(System.Globalization.CultureInfo.InvariantCulture);
            responses[slot] = question.Type switch
            {
                QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.TrueFalse =>
                    new QuizResponse(Choices: [.. form[name].Select(v => int.TryParse(v, out var i) ? i : -1).Where(i => i >= 0).Take(100)]),
                QuestionType.Matching => new QuizResponse(Matches: [.. Enumerable.Range(0, question.Order.Count).Select(row =>
                    int.TryParse(form[$"{name}_{row}"].ToString(), out var pick) ? (int?)pick : null)]),
                QuestionType.Description => new QuizResponse(),
                _ => new QuizResponse(Text: form[name].ToString()),
            };
        }

        return responses;
    }
}
