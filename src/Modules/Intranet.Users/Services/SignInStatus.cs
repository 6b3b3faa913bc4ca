namespace Intranet.Users.Services;

public enum SignInStatus
{
    Succeeded,
    Failed,
    LockedOut,
    Disabled,
    RequiresTwoFactor,
    InvalidSecondFactor,
}
