using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Intranet.Core.Web;

/// <summary>
/// TempData (the flash messages pages show after a redirect) lives in a cookie. A message that echoes what the user
/// sent — an unknown feature id of a megabyte, found by the fuzzer — became 352 cookie chunks: the browser dropped
/// the session cookie to make room (signed out) and every later request carried 350 KB of headers. Every text value
/// is cut to <see cref="MaxLength"/> characters before it is written, for every module's messages at once.
/// </summary>
public sealed class BoundedTempDataProvider : ITempDataProvider
{
    /// <summary>Enough for any sentence a page shows; a message stays one cookie of a few KB.</summary>
    public const int MaxLength = 500;

    private readonly ITempDataProvider _inner;

    public BoundedTempDataProvider(ITempDataProvider inner) => _inner = inner;

    public IDictionary<string, object> LoadTempData(HttpContext context) => _inner.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        foreach (var (key, value) in values.ToList())
        {
            if (value is string { Length: > MaxLength } text)
            {
                values[key] = Shorten(text);
            }
        }

        _inner.SaveTempData(context, values);
    }

    /// <summary>The first <see cref="MaxLength"/> characters and an ellipsis, never half a surrogate pair.</summary>
    public static string Shorten(string text)
    {
        var cut = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
