namespace Intranet.Users.Throttling;

/// <summary>Which sign-in step a per-account count belongs to; each has its own count.</summary>
public enum ThrottleKind
{
    SignIn,
    SecondFactor,
    ForgotPassword,
    ResetPassword,
}
