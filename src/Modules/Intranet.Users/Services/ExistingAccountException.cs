namespace Intranet.Users.Services;

/// <summary>
/// The email belongs to an account homed in another tenant: making it a member here is a separate, confirmed step
/// (the form asks; the API wants POST /api/users/existing). Answered as a 409.
/// </summary>
public sealed class ExistingAccountException : Exception
{
    public ExistingAccountException(string message)
        : base(message)
    {
    }

    public ExistingAccountException()
    {
    }

    public ExistingAccountException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
