namespace Intranet.Users.Models;

public sealed class ResetPasswordViewModel
{
    public string? Email { get; set; }

    public string? Token { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }

    public string? Error { get; set; }

    public bool Done { get; set; }
}
