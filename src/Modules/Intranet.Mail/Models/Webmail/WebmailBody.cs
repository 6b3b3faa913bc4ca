namespace Intranet.Mail.Models.Webmail;

/// <summary>A sanitised HTML document for the body frame, and how many remote images were held back.</summary>
public sealed record WebmailBody(string Html, int BlockedRemoteImages);
