namespace Intranet.Mail.Models;

public sealed class PasswordInput
{
    public string? Password { get; set; }
}
