namespace Intranet.Users.ViewModels;

public sealed class UserCreateViewModel
{
    public string? Email { get; set; }

    public string? FullName { get; set; }

    public string? Password { get; set; }

    public List<string> Roles { get; set; } = [];

    public IReadOnlyList<string> AvailableRoles { get; set; } = [];

    public string? Error { get; set; }

    /// <summary>Set by the confirmation step: the email is an account homed elsewhere and the administrator confirmed adding it.</summary>
    public bool AddExisting { get; set; }

    /// <summary>The email turned out to be an account homed in another tenant: the form asks to confirm.</summary>
    public bool ConfirmExisting { get; set; }
}
