namespace Intranet.Users.Services;

/// <summary>A department administrator tried an account-wide change on an account homed elsewhere. Answered as a 403.</summary>
public sealed class AccountOwnershipException : Exception
{
    public AccountOwnershipException(string message)
        : base(message)
    {
    }

    public AccountOwnershipException()
    {
    }

    public AccountOwnershipException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
