namespace Intranet.Users.Models;

public sealed class ForgotPasswordViewModel
{
    public string? Email { get; set; }

    public bool Sent { get; set; }

    public string? Error { get; set; }
}
