namespace Intranet.Users.Models;

public sealed class ChangePasswordViewModel
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }

    public string? ReturnUrl { get; set; }

    public string? Error { get; set; }

    public bool Required { get; set; }
}
