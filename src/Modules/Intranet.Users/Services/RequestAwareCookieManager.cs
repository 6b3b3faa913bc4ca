using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Intranet.Users.Services;

/// <summary>
/// Names the session cookie by the request's scheme: "__Host-intranet" over HTTPS (the browser then insists on
/// Secure, Path=/ and no Domain, so no sub-domain can plant or read it), "intranet-auth" over plain HTTP where
/// a __Host- cookie would be refused.
/// </summary>
internal sealed class RequestAwareCookieManager : ICookieManager
{
    public const string HttpName = "intranet-auth";
    public const string HttpsName = "__Host-intranet";

    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, NameFor(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _inner.AppendResponseCookie(context, NameFor(context, key), value, options);

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        _inner.DeleteCookie(context, NameFor(context, key), options);

    private static string NameFor(HttpContext context, string key) =>
        key == HttpName && context.Request.IsHttps ? HttpsName : key;
}
