using System.Text.RegularExpressions;
using Intranet.Learning.Models.Quiz;

namespace Intranet.Learning.Services.Quiz;

/// <summary>
/// Reads Moodle's Aiken format: the question (one or more lines), choices "A." or "A)" one per line, then
/// "ANSWER: B". Single-answer multiple choice only, as Aiken defines. Each problem names its line.
/// </summary>
public static partial class AikenParser
{
    public static QuestionImport Parse(string text, string category = "")
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var questions = new List<Question>();
        var problems = new List<ImportProblem>();
        var stem = new List<string>();
        var stemLine = 0;
        var choices = new List<(char Letter, string Text)>();
        var broken = false;

        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var answer = AnswerPattern().Match(line);
            var choice = ChoicePattern().Match(line);
            if (answer.Success)
            {
                if (stem.Count == 0)
                {
                    problems.Add(new ImportProblem(number, "Dòng 'ANSWER:' không thuộc câu hỏi nào."));
                }
                else if (choices.Count < 2)
                {
                    problems.Add(new ImportProblem(number, $"Câu hỏi ở dòng {stemLine} cần ít nhất hai phương án (A. …, B. …) trước 'ANSWER:'."));
                }
                else if (!broken)
                {
                    var letter = char.ToUpperInvariant(answer.Groups[1].Value[0]);
                    var index = choices.FindIndex(c => c.Letter == letter);
                    if (index < 0)
                    {
                        problems.Add(new ImportProblem(number, $"'ANSWER: {letter}' không khớp phương án nào (có {choices[0].Letter}–{choices[^1].Letter})."));
                    }
                    else if (questions.Count >= GiftParser.MaxQuestions)
                    {
                        problems.Add(new ImportProblem(number, $"Tệp có quá nhiều câu hỏi (tối đa {GiftParser.MaxQuestions:N0} câu một lần nhập)."));
                        break;
                    }
                    else
                    {
                        questions.Add(Build(stem, choices, index, category));
                    }
                }

                stem.Clear();
                choices.Clear();
                broken = false;
            }
            else if (choice.Success)
            {
                var letter = char.ToUpperInvariant(choice.Groups[1].Value[0]);
                if (stem.Count == 0)
                {
                    problems.Add(new ImportProblem(number, $"Phương án '{letter}' đứng trước nội dung câu hỏi."));
                    broken = true;
                    stem.Add("?");
                    stemLine = number;
                }
                else if (choices.Any(c => c.Letter == letter))
                {
                    problems.Add(new ImportProblem(number, $"Phương án '{letter}' bị lặp lại trong câu hỏi ở dòng {stemLine}."));
                    broken = true;
                }

                choices.Add((letter, choice.Groups[2].Value.Trim()));
            }
            else if (choices.Count > 0)
            {
                problems.Add(new ImportProblem(number, $"Câu hỏi ở dòng {stemLine} thiếu dòng 'ANSWER: <chữ cái>' sau các phương án (hoặc dòng này không phải phương án 'A. …')."));
                broken = false;
                choices.Clear();
                stem.Clear();
                stem.Add(line);
                stemLine = number;
            }
            else
            {
                if (stem.Count == 0)
                {
                    stemLine = number;
                }

                stem.Add(line);
            }
        }

        if (stem.Count > 0)
        {
            problems.Add(new ImportProblem(stemLine, "Câu hỏi cuối tệp thiếu dòng 'ANSWER: <chữ cái>'."));
        }

        if (questions.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ImportProblem(1, "Tệp không có câu hỏi Aiken nào."));
        }

        return new QuestionImport(questions, problems);
    }

    private static Question Build(List<string> stem, List<(char Letter, string Text)> choices, int right, string category)
    {
        var text = string.Join('\n', stem);
        var name = stem[0].Length > 80 ? stem[0][..80] + "…" : stem[0];
        return new Question
        {
            Category = category,
            Name = name,
            Text = text,
            Type = QuestionType.SingleChoice,
            Options = [.. choices.Select((c, i) => new QuestionOption { Text = c.Text, Fraction = i == right ? 1 : 0 })],
        };
    }

    [GeneratedRegex(@"^ANSWER\s*:\s*([A-Za-z])\s*$")]
    private static partial Regex AnswerPattern();

    [GeneratedRegex(@"^([A-Za-z])[\.\)]\s+(.+)$")]
    private static partial Regex ChoicePattern();
}
