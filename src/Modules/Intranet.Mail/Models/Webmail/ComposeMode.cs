namespace Intranet.Mail.Models.Webmail;

public enum ComposeMode
{
    New,
    Reply,
    ReplyAll,
    Forward,
}
