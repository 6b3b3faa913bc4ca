namespace Intranet.Mail.Models.Webmail;

/// <summary>Words looked for in subject, sender and recipients, and in the body when <see cref="IncludeBody"/>.</summary>
public sealed record WebmailSearch(string Text, bool IncludeBody = false);
