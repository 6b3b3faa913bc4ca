using Intranet.Learning.Models.Quiz;

namespace Intranet.Learning.Services.Quiz;

/// <summary>
/// Reads Moodle's GIFT format: every question type (multiple choice with one or several right answers and
/// percentage weights, true/false, short answer, matching, numerical with tolerance or range, essay, missing word,
/// description), <c>::names::</c>, <c>#feedback</c>, <c>####general feedback</c>, escapes, <c>$CATEGORY:</c>,
/// <c>//</c> comments and <c>[html]</c>/<c>[markdown]</c>/<c>[plain]</c>/<c>[moodle]</c> formats. Every problem
/// is reported with its line; nothing is guessed.
/// </summary>
public static class GiftParser
{
    public const int MaxQuestions = 2_000;

    public static QuestionImport Parse(string text, string initialCategory = "")
    {
        var questions = new List<Question>();
        var problems = new List<ImportProblem>();
        var category = initialCategory;
        foreach (var block in GiftSplitter.Split(GiftEscapes.Protect(text)))
        {
            var body = block.Text;
            var offset = 0;
            if (body.TrimStart().StartsWith("$CATEGORY:", StringComparison.OrdinalIgnoreCase))
            {
                var newline = body.IndexOf('\n', StringComparison.Ordinal);
                var line = newline < 0 ? body : body[..newline];
                category = CategoryPath(GiftEscapes.Restore(line.Trim()["$CATEGORY:".Length..]));
                if (newline < 0)
                {
                    continue;
                }

                offset = newline + 1;
            }

            if (questions.Count >= MaxQuestions)
            {
                problems.Add(new ImportProblem(block.LineAt(offset), $"Tệp có quá nhiều câu hỏi (tối đa {MaxQuestions:N0} câu một lần nhập)."));
                break;
            }

            var before = problems.Count;
            var question = GiftQuestionReader.Read(block, offset, problems);
            if (question is not null && problems.Count == before)
            {
                question.Category = category;
                question.OutcomeCodes = OutcomeCodes.Join(block.Tags);
                questions.Add(question);
            }
        }

        if (questions.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ImportProblem(1, "Tệp không có câu hỏi GIFT nào."));
        }

        return new QuestionImport(questions, problems);
    }

    /// <summary>Moodle writes <c>$course$/top/Chương 1</c>; the bank keeps "Chương 1".</summary>
    internal static string CategoryPath(string raw)
    {
        var parts = raw.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (parts.Count > 0 && parts[0].StartsWith('$') && parts[0].EndsWith('$'))
        {
            parts.RemoveAt(0);
        }

        if (parts.Count > 0 && parts[0].Equals("top", StringComparison.OrdinalIgnoreCase))
        {
            parts.RemoveAt(0);
        }

        var path = string.Join('/', parts);
        return path.Length > 300 ? path[..300] : path;
    }
}
