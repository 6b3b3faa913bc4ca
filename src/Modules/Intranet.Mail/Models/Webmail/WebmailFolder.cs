namespace Intranet.Mail.Models.Webmail;

/// <summary>A folder with its counts; <see cref="DisplayName"/> is Vietnamese for the special-use folders.</summary>
public sealed record WebmailFolder(string FullName, string DisplayName, WebmailFolderKind Kind, int Unread, int Total);
