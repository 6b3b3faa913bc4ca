using System.Globalization;
using Intranet.Learning.Models.Quiz;

namespace Intranet.Learning.Services.Quiz;

/// <summary>The answer block of one GIFT question (between the braces, general feedback taken off): its type and answers.</summary>
internal sealed class GiftAnswerReader
{
    private const int MaxOptions = 100;

    private readonly GiftBlock _block;
    private readonly int _offset;
    private readonly List<ImportProblem> _problems;

    public GiftAnswerReader(GiftBlock block, int offset, List<ImportProblem> problems)
    {
        _block = block;
        _offset = offset;
        _problems = problems;
    }

    public (QuestionType Type, List<QuestionOption> Options) Read(string answer, Question question)
    {
        var trimmed = answer.Trim();
        if (trimmed.Length == 0)
        {
            return (QuestionType.Essay, []);
        }

        if (trimmed.StartsWith('#'))
        {
            return (QuestionType.Numerical, Numerical(answer));
        }

        var hash = trimmed.IndexOf('#', StringComparison.Ordinal);
        var head = (hash < 0 ? trimmed : trimmed[..hash]).Trim().ToUpperInvariant();
        if (head is "T" or "TRUE" or "F" or "FALSE")
        {
            var feedback = hash < 0 ? [] : trimmed[(hash + 1)..].Split('#', 2);
            question.WrongFeedback = feedback.Length > 0 ? Nullable(feedback[0]) : null;
            question.RightFeedback = feedback.Length > 1 ? Nullable(feedback[1]) : null;
            var isTrue = head.StartsWith('T');
            return (QuestionType.TrueFalse, [new() { Text = "Đúng", Fraction = isTrue ? 1 : 0 }, new() { Text = "Sai", Fraction = isTrue ? 0 : 1 }]);
        }

        var items = Items(answer);
        if (items is null)
        {
            return (QuestionType.Essay, []);
        }

        if (answer.Contains('=', StringComparison.Ordinal) && answer.Contains("->", StringComparison.Ordinal))
        {
            return (QuestionType.Matching, Matching(items));
        }

        if (answer.Contains('~', StringComparison.Ordinal))
        {
            // Moodle's rule: without any '=' the question takes several answers, each weighted.
            var single = answer.Contains('=', StringComparison.Ordinal);
            return single ? (QuestionType.SingleChoice, Choices(items, single: true)) : (QuestionType.MultipleChoice, Choices(items, single: false));
        }

        return (QuestionType.ShortAnswer, ShortAnswers(items));
    }

    /// <summary>The answers, each with its marker ('=' or '~') and its position; null after reporting text before the first marker.</summary>
    private List<(char Marker, string Body, int Position)>? Items(string answer)
    {
        var items = new List<(char, string, int)>();
        var first = answer.IndexOfAny(['=', '~']);
        if (first < 0 || !string.IsNullOrWhiteSpace(answer[..first]))
        {
            Problem(Math.Max(0, first), "Không nhận ra kiểu câu hỏi: mỗi đáp án phải bắt đầu bằng '=' (đúng) hoặc '~' (sai); câu đúng/sai viết {T} hoặc {F}; câu số viết {#…}. Viết \\= \\~ nếu đó là chữ.");
            return null;
        }

        var start = first;
        for (var i = first + 1; i <= answer.Length; i++)
        {
            if (i == answer.Length || answer[i] is '=' or '~')
            {
                items.Add((answer[start], answer[(start + 1)..i], start));
                start = i;
            }
        }

        if (items.Count > MaxOptions)
        {
            Problem(0, $"Câu hỏi có quá nhiều đáp án (tối đa {MaxOptions}).");
            return null;
        }

        return items;
    }

    private List<QuestionOption> Choices(List<(char Marker, string Body, int Position)> items, bool single)
    {
        var options = items.Select(i => Option(i.Body, i.Position, i.Marker == '=' ? 1m : 0m)).ToList();
        if (options.Count < 2)
        {
            Problem(items[0].Position, "Câu trắc nghiệm cần ít nhất hai phương án.");
        }
        else if (single && !options.Any(o => o.Fraction > 0))
        {
            Problem(items[0].Position, "Câu trắc nghiệm không có phương án đúng (đánh dấu bằng '=').");
        }
        else if (!single)
        {
            var positive = options.Where(o => o.Fraction > 0).Sum(o => o.Fraction) * 100;
            if (positive is < 99.5m or > 100.5m)
            {
                Problem(items[0].Position, $"Câu nhiều đáp án đúng: tổng trọng số các đáp án đúng phải là 100% (đang là {positive.ToString("0.##", CultureInfo.InvariantCulture)}%). Ví dụ: ~%50%A ~%50%B ~%-100%C.");
            }
        }

        return options;
    }

    private List<QuestionOption> ShortAnswers(List<(char Marker, string Body, int Position)> items)
    {
        var options = items.Select(i => Option(i.Body, i.Position, 1m)).ToList();
        if (options.Any(o => o.Text.Length == 0))
        {
            Problem(items[0].Position, "Câu trả lời ngắn có một đáp án trống.");
        }
        else if (!options.Any(o => o.Fraction > 0))
        {
            Problem(items[0].Position, "Câu trả lời ngắn cần ít nhất một đáp án được điểm.");
        }

        return options;
    }

    private List<QuestionOption> Matching(List<(char Marker, string Body, int Position)> items)
    {
        var options = new List<QuestionOption>();
        foreach (var (marker, body, position) in items)
        {
            var arrow = body.IndexOf("->", StringComparison.Ordinal);
            if (marker != '=' || arrow < 0)
            {
                Problem(position, "Câu ghép đôi: mỗi cặp viết '=vế trái -> vế phải'.");
                continue;
            }

            var feedback = body.IndexOf('#', StringComparison.Ordinal);
            var right = feedback > arrow ? body[(arrow + 2)..feedback] : body[(arrow + 2)..];
            var option = new QuestionOption { Text = GiftEscapes.Restore(body[..arrow]), Match = GiftEscapes.Restore(right), Fraction = 1 };
            if (option.Match.Length == 0)
            {
                Problem(position, "Câu ghép đôi có một cặp thiếu vế phải.");
            }

            options.Add(option);
        }

        if (options.Count(o => o.Text.Length > 0) < 2)
        {
            Problem(items[0].Position, "Câu ghép đôi cần ít nhất hai cặp.");
        }

        return options;
    }

    private List<QuestionOption> Numerical(string answer)
    {
        var body = answer.TrimStart()[1..];
        var options = new List<QuestionOption>();
        var hasMarkers = body.TrimStart().StartsWith('=');
        if (body.Contains('~', StringComparison.Ordinal))
        {
            Problem(0, "Câu số không có đáp án sai '~'; mỗi đáp án viết '=giá trị:sai số' hoặc '=min..max'.");
            return options;
        }

        var parts = hasMarkers ? body.Split('=', StringSplitOptions.RemoveEmptyEntries).Where(p => !string.IsNullOrWhiteSpace(p)) : [body];
        foreach (var part in parts)
        {
            var option = Option(part, 0, 1m);
            var spec = option.Text.Replace(',', '.');
            option.Text = spec;
            if (!NumericSpec(spec, option))
            {
                Problem(0, $"'{spec}' không phải đáp án số: viết 3.14, 3.14:0.01 (sai số) hoặc 3.1..3.2 (khoảng).");
            }

            options.Add(option);
        }

        if (options.Count == 0)
        {
            Problem(0, "Câu số chưa có đáp án.");
        }

        return options;
    }

    private static bool NumericSpec(string spec, QuestionOption option)
    {
        static bool Number(string s, out decimal value) =>
            decimal.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

        var range = spec.IndexOf("..", StringComparison.Ordinal);
        if (range >= 0)
        {
            if (!Number(spec[..range], out var min) || !Number(spec[(range + 2)..], out var max) || min > max)
            {
                return false;
            }

            (option.Min, option.Max) = (min, max);
            return true;
        }

        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            if (!Number(spec[..colon], out var value) || !Number(spec[(colon + 1)..], out var tolerance) || tolerance < 0)
            {
                return false;
            }

            (option.Value, option.Tolerance) = (value, tolerance);
            return true;
        }

        if (!Number(spec, out var exact))
        {
            return false;
        }

        (option.Value, option.Tolerance) = (exact, 0);
        return true;
    }

    /// <summary>An answer's <c>%weight%</c>, text and <c>#feedback</c>.</summary>
    private QuestionOption Option(string body, int position, decimal fraction)
    {
        var text = body.TrimStart();
        if (text.StartsWith('%'))
        {
            var close = text.IndexOf('%', 1);
            var weight = close > 0 ? text[1..close] : "";
            if (close < 0 || !decimal.TryParse(weight, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) || percent is < -100 or > 100)
            {
                Problem(position, $"Trọng số '%{weight}%' không hợp lệ: cần một số từ -100 đến 100 giữa hai dấu %.");
            }
            else
            {
                fraction = percent / 100;
            }

            text = close > 0 ? text[(close + 1)..] : text;
        }

        var hash = text.IndexOf('#', StringComparison.Ordinal);
        string? feedback = null;
        if (hash >= 0)
        {
            feedback = Nullable(text[(hash + 1)..]);
            text = text[..hash];
        }

        return new QuestionOption { Text = GiftEscapes.Restore(text), Fraction = fraction, Feedback = feedback };
    }

    private static string? Nullable(string text)
    {
        var restored = GiftEscapes.Restore(text);
        return restored.Length == 0 ? null : restored;
    }

    private void Problem(int position, string message) =>
        _problems.Add(new ImportProblem(_block.LineAt(_offset + position), message));
}
