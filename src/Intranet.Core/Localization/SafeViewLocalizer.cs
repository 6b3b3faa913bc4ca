using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Intranet.Core.Localization;

/// <summary>
/// The views' <c>T</c>. ASP.NET Core formats every <see cref="LocalizedHtmlString"/> when it is written, arguments
/// or not, so <c>@T[message]</c> on a text holding a brace (an error message echoing "{x}" the user typed, a
/// folder named "a}b") threw while the page was being sent: a page cut short and a server error in the log,
/// found by the fuzzer. Without arguments the text is shown as written (its braces escaped for the formatter).
/// </summary>
public sealed class SafeViewLocalizer : IViewLocalizer, IViewContextAware
{
    private readonly IViewLocalizer _inner;

    public SafeViewLocalizer(IViewLocalizer inner) => _inner = inner;

    public LocalizedHtmlString this[string name]
    {
        get
        {
            var text = _inner[name];
            return new LocalizedHtmlString(text.Name, Escape(text.Value), text.IsResourceNotFound);
        }
    }

    public LocalizedHtmlString this[string name, params object[] arguments] => _inner[name, arguments];

    public LocalizedString GetString(string name) => _inner.GetString(name);

    public LocalizedString GetString(string name, params object[] arguments) => _inner.GetString(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _inner.GetAllStrings(includeParentCultures);

    public void Contextualize(ViewContext viewContext) => (_inner as IViewContextAware)?.Contextualize(viewContext);

    private static string Escape(string value) =>
        value.Contains('{', StringComparison.Ordinal) || value.Contains('}', StringComparison.Ordinal)
            ? value.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal)
            : value;
}
