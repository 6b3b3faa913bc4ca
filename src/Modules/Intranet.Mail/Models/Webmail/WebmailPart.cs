namespace Intranet.Mail.Models.Webmail;

/// <summary>The decoded content of an attachment or inline image, ready to send to the browser.</summary>
public sealed record WebmailPart(string FileName, string ContentType, byte[] Content);
