using Intranet.Learning.Models.Quiz;

namespace Intranet.Learning.Services.Quiz;

/// <summary>One GIFT block (escapes already protected) into a question: name, format, text, answer block.</summary>
internal static class GiftQuestionReader
{
    private const int MaxTextLength = 20_000;

    private static readonly (string Tag, QuestionFormat Format)[] Formats =
        [("[html]", QuestionFormat.Html), ("[markdown]", QuestionFormat.Markdown), ("[plain]", QuestionFormat.Plain), ("[moodle]", QuestionFormat.Moodle)];

    public static Question? Read(GiftBlock block, int offset, List<ImportProblem> problems)
    {
        var text = block.Text;
        var position = SkipSpace(text, offset);
        var question = new Question();
        if (string.CompareOrdinal(text, position, "::", 0, 2) == 0)
        {
            var close = text.IndexOf("::", position + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                problems.Add(new ImportProblem(block.LineAt(position), "Tên câu hỏi mở bằng '::' nhưng thiếu '::' đóng (viết \\: nếu tên có dấu hai chấm)."));
                return null;
            }

            question.Name = GiftEscapes.Restore(text[(position + 2)..close]);
            position = close + 2;
        }

        var open = text.IndexOf('{', position);
        var stray = text.IndexOf('}', position);
        if (stray >= 0 && (open < 0 || stray < open))
        {
            problems.Add(new ImportProblem(block.LineAt(stray), "Có '}' mà không có '{' mở trước (viết \\} nếu đó là chữ)."));
            return null;
        }

        if (open < 0)
        {
            // A block without answers is a description (Moodle's "description" question).
            return Finish(question, block, position, ReadFormat(text[position..], question), QuestionType.Description, [], null, problems);
        }

        var end = text.IndexOf('}', open + 1);
        var nested = text.IndexOf('{', open + 1);
        if (end < 0 || (nested >= 0 && nested < end))
        {
            problems.Add(new ImportProblem(block.LineAt(open), "Khối đáp án mở bằng '{' nhưng thiếu '}' đóng trước câu hỏi tiếp theo (dòng trống)."));
            return null;
        }

        var after = text[(end + 1)..];
        if (after.Contains('{', StringComparison.Ordinal) || after.Contains('}', StringComparison.Ordinal))
        {
            var at = end + 1 + after.IndexOfAny(['{', '}']);
            problems.Add(new ImportProblem(block.LineAt(at), "Mỗi câu hỏi chỉ có một khối đáp án {…}; hãy để một dòng trống giữa hai câu hỏi."));
            return null;
        }

        var stem = ReadFormat(text[position..open], question);
        if (!string.IsNullOrWhiteSpace(after))
        {
            // Missing word: the answers stand in the sentence where the blank is.
            stem = stem.TrimEnd() + " _____ " + after.TrimStart();
        }

        var answer = text[(open + 1)..end];
        string? general = null;
        var hashes = answer.IndexOf("####", StringComparison.Ordinal);
        if (hashes >= 0)
        {
            general = GiftEscapes.Restore(answer[(hashes + 4)..]);
            answer = answer[..hashes];
        }

        var answers = new GiftAnswerReader(block, open + 1, problems);
        var before = problems.Count;
        var (type, options) = answers.Read(answer, question);
        return problems.Count > before ? null : Finish(question, block, position, stem, type, options, general, problems);
    }

    private static Question? Finish(Question question, GiftBlock block, int position, string stem, QuestionType type, List<QuestionOption> options, string? general, List<ImportProblem> problems)
    {
        question.Type = type;
        question.Text = GiftEscapes.Restore(stem);
        question.Options = options;
        question.GeneralFeedback = string.IsNullOrWhiteSpace(general) ? null : general;
        if (question.Text.Length == 0)
        {
            problems.Add(new ImportProblem(block.LineAt(position), "Câu hỏi không có nội dung."));
            return null;
        }

        if (question.Text.Length > MaxTextLength)
        {
            problems.Add(new ImportProblem(block.LineAt(position), $"Nội dung câu hỏi dài quá {MaxTextLength:N0} ký tự."));
            return null;
        }

        if (question.Name.Length == 0)
        {
            var firstLine = question.Text.Split('\n')[0];
            question.Name = firstLine.Length > 80 ? firstLine[..80] + "…" : firstLine;
        }
        else if (question.Name.Length > 300)
        {
            question.Name = question.Name[..300];
        }

        return question;
    }

    /// <summary>Takes a leading <c>[html]</c>-style format off the question text.</summary>
    private static string ReadFormat(string stem, Question question)
    {
        var trimmed = stem.TrimStart();
        foreach (var (tag, format) in Formats)
        {
            if (trimmed.StartsWith(tag, StringComparison.OrdinalIgnoreCase))
            {
                question.Format = format;
                return trimmed[tag.Length..];
            }
        }

        return stem;
    }

    private static int SkipSpace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }
}
