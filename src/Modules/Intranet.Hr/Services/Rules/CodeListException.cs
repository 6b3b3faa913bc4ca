namespace Intranet.Hr.Services.Rules;

/// <summary>A new code-list version was refused; the message is Vietnamese, for the form or the problem+json.</summary>
public sealed class CodeListException : Exception
{
    public CodeListException(string message)
        : base(message)
    {
    }

    public CodeListException()
    {
    }

    public CodeListException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
