namespace Intranet.Mail.Models.Webmail;

/// <summary>One row of a message list: only what the envelope, flags and size give (no body is fetched).</summary>
public sealed record WebmailMessageSummary(
    uint Uid,
    string FromName,
    string FromAddress,
    string To,
    string Subject,
    DateTimeOffset Date,
    long Size,
    bool IsSeen,
    bool IsAnswered);
