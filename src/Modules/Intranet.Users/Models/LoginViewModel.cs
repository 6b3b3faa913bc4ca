namespace Intranet.Users.Models;

public sealed class LoginViewModel
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }

    public string? Error { get; set; }
}
