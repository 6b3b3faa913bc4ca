using System.Net;
using System.Text.RegularExpressions;
using Intranet.Learning.Models.Quiz;

namespace Intranet.Learning.Services.Quiz;

/// <summary>
/// What the pages show of a question's text: always plain text (encoded by Razor, line breaks kept by CSS). An
/// [html] question loses its tags rather than running a trainer's or an imported file's markup in a learner's page.
/// </summary>
public static partial class QuestionTextView
{
    public static string Plain(string text, QuestionFormat format) => format == QuestionFormat.Html
        ? WebUtility.HtmlDecode(Tags().Replace(Breaks().Replace(text, "\n"), "")).Trim()
        : text;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"<br\s*/?>|</p>", RegexOptions.IgnoreCase)]
    private static partial Regex Breaks();
}
