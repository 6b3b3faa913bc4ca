namespace Intranet.Mail.Models.Webmail;

/// <summary>An attachment of a message; <see cref="Index"/> identifies it within the message's body parts.</summary>
public sealed record WebmailAttachment(int Index, string FileName, string ContentType, long Size);
