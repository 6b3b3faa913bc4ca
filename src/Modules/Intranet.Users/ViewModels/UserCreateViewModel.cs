namespace Intranet.Users.ViewModels;

public sealed class UserCreateViewModel
{
    public string? Email { get; set; }

    public string? FullName { get; set; }

    public string? Password { get; set; }

    public List<string> Roles { get; set; } = [];

    public IReadOnlyList<string> AvailableRoles { get; set; } = [];

    public string? Error { get; set; }
}
