namespace Intranet.Learning.Models.Quiz;

/// <summary>How the trainer wrote a question's text (GIFT's <c>[moodle]</c>, <c>[html]</c>, <c>[markdown]</c>, <c>[plain]</c>).</summary>
public enum QuestionFormat
{
    Moodle = 0,
    Html = 1,
    Markdown = 2,
    Plain = 3,
}
