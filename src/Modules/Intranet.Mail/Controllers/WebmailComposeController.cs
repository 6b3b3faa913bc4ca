using Intranet.Core.Modules;
using Intranet.Mail.Models.Webmail;
using Intranet.Mail.Services;
using Intranet.Mail.Services.Webmail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Intranet.Mail.Controllers;

/// <summary>Compose, reply, reply-all and forward; sending refuses bad input with the form and a Vietnamese message, sending nothing.</summary>
[ForFeature("Intranet.Mail.Webmail")]
[Route("webmail")]
public sealed class WebmailComposeController : WebmailControllerBase
{
    /// <summary>The request may carry more than the attachment limit so the reader gets our message, not a dropped connection.</summary>
    private const long RequestLimit = 200L * 1024 * 1024;

    private readonly WebmailSender _sender;
    private readonly MailOptions _options;

    public WebmailComposeController(WebmailSender sender, IOptions<MailOptions> options)
    {
        _sender = sender;
        _options = options.Value;
    }

    [HttpGet("compose")]
    public Task<IActionResult> Compose(ComposeMode mode = ComposeMode.New, string? folder = null, uint? uid = null, string? to = null, CancellationToken cancellationToken = default) =>
        WithMailboxAsync(async mailbox =>
        {
            var input = await _sender.PrepareAsync(mailbox, mode, folder, uid, cancellationToken);
            if (mode == ComposeMode.New && !string.IsNullOrWhiteSpace(to))
            {
                input.To = to;
            }

            return View("~/Views/Webmail/Compose.cshtml", new WebmailComposeViewModel(await SidebarAsync(mailbox, "", cancellationToken), input, null, _options.Webmail.MaxAttachmentBytes));
        }, cancellationToken);

    [HttpPost("send")]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public Task<IActionResult> Send([FromForm] ComposeInput input, CancellationToken cancellationToken = default) =>
        WithMailboxAsync(async mailbox =>
        {
            var files = Request.HasFormContentType
                ? Request.Form.Files.Where(f => f.Length > 0 && !string.IsNullOrEmpty(f.FileName))
                    .Select(f => new OutgoingAttachment(f.FileName, f.ContentType, f.Length, f.OpenReadStream)).ToList()
                : [];
            try
            {
                await _sender.SendAsync(mailbox, input, files, cancellationToken);
            }
            catch (WebmailInputException ex)
            {
                Response.StatusCode = ex.StatusCode;
                return View("~/Views/Webmail/Compose.cshtml", new WebmailComposeViewModel(await SidebarAsync(mailbox, "", cancellationToken), input, ex.Message, _options.Webmail.MaxAttachmentBytes));
            }

            TempData["Flash.Success"] = "Đã gửi thư.";
            var sent = (await mailbox.GetFoldersAsync(cancellationToken)).FirstOrDefault(f => f.Kind == WebmailFolderKind.Sent)?.FullName;
            return Redirect(WebmailUrl("", ("folder", sent ?? "INBOX")));
        }, cancellationToken);
}
