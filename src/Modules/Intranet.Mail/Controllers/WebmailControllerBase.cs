using System.Globalization;
using Intranet.Core.Security;
using Intranet.Mail.Models.Webmail;
using Intranet.Mail.Services.Webmail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Mail.Controllers;

/// <summary>
/// What every webmail page does first: the UseWebmail permission in the current tenant, then the signed-in
/// account's own mailbox (from the cookie, never a parameter); service exceptions become Vietnamese pages.
/// </summary>
[Authorize]
[Intranet.Core.Modules.ForFeature("Intranet.Mail.Webmail")]
public abstract class WebmailControllerBase : Controller
{
    protected async Task<IActionResult> WithMailboxAsync(Func<WebmailMailbox, Task<IActionResult>> action, CancellationToken cancellationToken)
    {
        var authorization = HttpContext.RequestServices.GetRequiredService<IAuthorizationService>();
        if (!await authorization.AuthorizeAsync(User, Permissions.UseWebmail))
        {
            return Forbid();
        }

        try
        {
            var mailbox = await HttpContext.RequestServices.GetRequiredService<WebmailSession>().OpenAsync(User, cancellationToken);
            return await action(mailbox);
        }
        catch (WebmailUnavailableException ex)
        {
            Response.StatusCode = ex.StatusCode;
            return View("~/Views/Webmail/Unavailable.cshtml", new WebmailUnavailableViewModel(ex.Message));
        }
        catch (WebmailNotFoundException ex)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("~/Views/Webmail/Unavailable.cshtml", new WebmailUnavailableViewModel(ex.Message));
        }
    }

    protected static async Task<WebmailSidebar> SidebarAsync(WebmailMailbox mailbox, string folder, CancellationToken cancellationToken)
    {
        var folders = await mailbox.GetFoldersAsync(cancellationToken);
        var quota = await mailbox.GetQuotaAsync(cancellationToken);
        return new WebmailSidebar(mailbox.Address, folders, quota, folder);
    }

    /// <summary>The folder's full name as the server knows it, or INBOX.</summary>
    protected static string FolderOrInbox(string? folder) => string.IsNullOrWhiteSpace(folder) ? "INBOX" : folder.Trim();

    protected string WebmailUrl(string path, params (string Key, object? Value)[] query)
    {
        var url = Url.Content("~/webmail" + path);
        var parts = query.Where(q => q.Value is not null && q.Value.ToString() != "")
            .Select(q => q.Key + "=" + Uri.EscapeDataString(Convert.ToString(q.Value, CultureInfo.InvariantCulture)!));
        var joined = string.Join('&', parts);
        return joined.Length == 0 ? url : url + "?" + joined;
    }
}
