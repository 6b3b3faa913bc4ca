namespace Intranet.Mail.Models;

public sealed class MemberInput
{
    public string? Email { get; set; }
}
