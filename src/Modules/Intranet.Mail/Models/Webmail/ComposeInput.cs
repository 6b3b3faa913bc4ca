using System.ComponentModel.DataAnnotations;

namespace Intranet.Mail.Models.Webmail;

/// <summary>The compose form. Addresses are comma- or semicolon-separated; the body is plain text.</summary>
public sealed class ComposeInput
{
    public string? To { get; set; }

    public string? Cc { get; set; }

    public string? Bcc { get; set; }

    [StringLength(500)]
    public string? Subject { get; set; }

    public string? Body { get; set; }

    public ComposeMode Mode { get; set; }

    /// <summary>The message replied to or forwarded (in the reader's own mailbox).</summary>
    public string? SourceFolder { get; set; }

    public uint? SourceUid { get; set; }
}
