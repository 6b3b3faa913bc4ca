namespace Intranet.Mail.Models.Webmail;

/// <summary>An uploaded file to attach; the stream is read once while the message is written.</summary>
public sealed record OutgoingAttachment(string FileName, string ContentType, long Length, Func<Stream> Open);
