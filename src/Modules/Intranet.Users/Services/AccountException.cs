namespace Intranet.Users.Services;

/// <summary>A change that cannot be made, with a message for the user (Vietnamese). Answered as a 400, never a 500.</summary>
public sealed class AccountException : Exception
{
    public AccountException(string message)
        : base(message)
    {
    }

    public AccountException(IEnumerable<string> messages)
        : base(string.Join(" ", messages))
    {
    }

    public AccountException()
    {
    }

    public AccountException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
