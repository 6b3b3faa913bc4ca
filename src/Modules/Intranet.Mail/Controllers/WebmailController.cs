using Intranet.Core.Modules;
using Intranet.Mail.Models.Webmail;
using Intranet.Mail.Services.Webmail;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Mail.Controllers;

/// <summary>
/// Reading mail: folders and the paged list (or search results), the read view, the message body in its own
/// sandboxed frame with a strict CSP, attachments and inline images, and the per-message actions.
/// </summary>
[ForFeature("Intranet.Mail.Webmail")]
[Route("webmail")]
public sealed class WebmailController : WebmailControllerBase
{
    [HttpGet("")]
    public Task<IActionResult> Index(string? folder, int page = 1, string? q = null, bool body = false, CancellationToken cancellationToken = default) =>
        WithMailboxAsync(async mailbox =>
        {
            var name = FolderOrInbox(folder);
            var query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
            var messages = query is null
                ? await mailbox.ListMessagesAsync(name, page, cancellationToken)
                : await mailbox.SearchAsync(name, new WebmailSearch(query, body), page, cancellationToken);
            var sidebar = await SidebarAsync(mailbox, messages.Folder, cancellationToken);
            var display = sidebar.Folders.FirstOrDefault(f => f.FullName == messages.Folder)?.DisplayName ?? messages.Folder;
            return View(new WebmailIndexViewModel(sidebar, messages, display, query, body));
        }, cancellationToken);

    [HttpGet("read")]
    public Task<IActionResult> Read(string? folder, uint uid, bool images = false, CancellationToken cancellationToken = default) =>
        WithMailboxAsync(async mailbox =>
        {
            var name = FolderOrInbox(folder);
            var message = await mailbox.GetMessageAsync(name, uid, markSeen: true, cancellationToken);
            var rendered = WebmailBodyRenderer.Render(message, images, _ => "");
            var sidebar = await SidebarAsync(mailbox, name, cancellationToken);
            return View(new WebmailReadViewModel(sidebar, WebmailParts.Describe(name, uid, message, rendered.BlockedRemoteImages > 0), images));
        }, cancellationToken);

    /// <summary>
    /// The body as a document of its own, for the read view's sandboxed iframe: nothing may run, only this app's
    /// images (inline cid: parts) load unless the reader allowed remote images, and only this app may frame it.
    /// </summary>
    [HttpGet("body")]
    public Task<IActionResult> Body(string? folder, uint uid, bool images = false, CancellationToken cancellationToken = default) =>
        WithMailboxAsync(async mailbox =>
        {
            var name = FolderOrInbox(folder);
            var message = await mailbox.GetMessageAsync(name, uid, markSeen: false, cancellationToken);
            var rendered = WebmailBodyRenderer.Render(message, images, cid => WebmailUrl("/inline", ("folder", name), ("uid", uid), ("cid", cid)));
            Response.Headers.ContentSecurityPolicy =
                "default-src 'none'; img-src 'self' data:" + (images ? " https: http:" : "") +
                "; style-src 'unsafe-inline'; font-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'self'";
            Response.Headers.XFrameOptions = "SAMEORIGIN";
            Response.Headers.CacheControl = "private, no-store";
            return Content(rendered.Html, "text/html; charset=utf-8");
        }, cancellationToken);

    [HttpGet("inline")]
    public Task<IActionResult> Inline(string? folder, uint uid, string cid, CancellationToken cancellationToken = default) =>
        WithMailboxAsync(async mailbox =>
        {
            var message = await mailbox.GetMessageAsync(FolderOrInbox(folder), uid, markSeen: false, cancellationToken);
            if (await WebmailParts.InlineImageAsync(message, cid ?? "", cancellationToken) is not { } part)
            {
                return NotFound();
            }

            Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
            Response.Headers.CacheControl = "private, max-age=600";
            return File(part.Content, part.ContentType);
        }, cancellationToken);

    [HttpGet("attachment")]
    public Task<IActionResult> Attachment(string? folder, uint uid, int index, CancellationToken cancellationToken = default) =>
        WithMailboxAsync(async mailbox =>
        {
            var message = await mailbox.GetMessageAsync(FolderOrInbox(folder), uid, markSeen: false, cancellationToken);
            if (await WebmailParts.AttachmentAsync(message, index, cancellationToken) is not { } part)
            {
                return NotFound();
            }

            // Always a download (Content-Disposition: attachment, RFC 5987 file name); never rendered by the app's origin.
            Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
            Response.Headers.CacheControl = "private, no-store";
            return File(part.Content, part.ContentType, part.FileName);
        }, cancellationToken);

    [HttpPost("seen")]
    public Task<IActionResult> Seen(string? folder, uint uid, bool seen, CancellationToken cancellationToken = default) =>
        WithMailboxAsync(async mailbox =>
        {
            var name = FolderOrInbox(folder);
            await mailbox.SetSeenAsync(name, uid, seen, cancellationToken);
            TempData["Flash.Success"] = seen ? "Đã đánh dấu là đã đọc." : "Đã đánh dấu là chưa đọc.";
            return Redirect(WebmailUrl("", ("folder", name)));
        }, cancellationToken);

    [HttpPost("move")]
    public Task<IActionResult> Move(string? folder, uint uid, string? target, CancellationToken cancellationToken = default) =>
        WithMailboxAsync(async mailbox =>
        {
            var name = FolderOrInbox(folder);
            if (string.IsNullOrWhiteSpace(target))
            {
                TempData["Flash.Error"] = "Hãy chọn thư mục cần chuyển đến.";
                return Redirect(WebmailUrl("/read", ("folder", name), ("uid", uid)));
            }

            await mailbox.MoveAsync(name, uid, target, cancellationToken);
            TempData["Flash.Success"] = "Đã chuyển thư.";
            return Redirect(WebmailUrl("", ("folder", name)));
        }, cancellationToken);

    [HttpPost("delete")]
    public Task<IActionResult> Delete(string? folder, uint uid, CancellationToken cancellationToken = default) =>
        WithMailboxAsync(async mailbox =>
        {
            var name = FolderOrInbox(folder);
            await mailbox.DeleteAsync(name, uid, cancellationToken);
            TempData["Flash.Success"] = "Đã xoá thư.";
            return Redirect(WebmailUrl("", ("folder", name)));
        }, cancellationToken);
}
