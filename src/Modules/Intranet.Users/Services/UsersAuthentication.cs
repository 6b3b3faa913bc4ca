using Intranet.Core.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intranet.Users.Services;

/// <summary>
/// Authentication schemes: a browser cookie for pages, bearer tokens for /api, and a policy scheme that picks
/// the bearer handler whenever an Authorization header is present. One cookie (path /) serves every tenant;
/// membership in the request's tenant is checked by authorization, never by the cookie.
/// </summary>
public static class UsersAuthentication
{
    public const string PolicyScheme = "Intranet";
    public const string CookieScheme = "Intranet.Cookie";
    public const string TwoFactorScheme = "Intranet.TwoFactor";
    public const string BearerScheme = "Bearer";

    public static IServiceCollection AddUsersAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = PolicyScheme;
                o.DefaultChallengeScheme = PolicyScheme;
            })
            .AddPolicyScheme(PolicyScheme, "Cookie hoặc mã truy cập", o =>
                o.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.Count > 0 ? BearerScheme : CookieScheme)
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = RequestAwareCookieManager.HttpName;
                o.Cookie.Path = "/";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.Cookie.IsEssential = true;
                o.CookieManager = new RequestAwareCookieManager();
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/access-denied";
                o.SlidingExpiration = true;
                o.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = ValidateCookieAsync,
                    OnRedirectToLogin = RedirectToLoginAsync,
                    OnRedirectToAccessDenied = AccessDeniedAsync,
                };
            })
            .AddCookie(TwoFactorScheme, o =>
            {
                // Holds "password verified, second factor pending" for a few minutes, nothing more.
                o.Cookie.Name = "intranet-2fa";
                o.Cookie.Path = "/";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.Cookie.IsEssential = true;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
                o.SlidingExpiration = false;
            })
            .AddScheme<AccessTokenOptions, AccessTokenHandler>(BearerScheme, "Mã truy cập", _ => { });

        services.AddOptions<CookieAuthenticationOptions>(CookieScheme)
            .Configure<IOptions<UsersOptions>>((o, users) => o.ExpireTimeSpan = users.Value.SessionLifetime);
        return services;
    }

    private static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null)
        {
            return;
        }

        var validator = context.HttpContext.RequestServices.GetRequiredService<SessionValidator>();
        if (!await validator.IsValidAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieScheme);
        }
    }

    private static async Task RedirectToLoginAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (ApiProblems.IsApiRequest(context.HttpContext))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Results.Problem(ApiProblems.Create(401, "Cần đăng nhập: gửi mã truy cập trong tiêu đề Authorization: Bearer (POST /api/auth/token).")).ExecuteAsync(context.HttpContext);
            return;
        }

        if (context.Request.Headers.ContainsKey("HX-Request"))
        {
            // htmx follows redirects in place; ask it to load the login page as a whole page instead.
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers["HX-Redirect"] = context.RedirectUri;
            return;
        }

        context.Response.Redirect(context.RedirectUri);
    }

    private static async Task AccessDeniedAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        // Answer 403 where the user is, rather than redirecting: the status page (or problem+json) says why.
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        if (ApiProblems.IsApiRequest(context.HttpContext))
        {
            await Results.Problem(ApiProblems.Create(403, "Tài khoản không có quyền thực hiện thao tác này trong đơn vị này.")).ExecuteAsync(context.HttpContext);
        }
    }
}
