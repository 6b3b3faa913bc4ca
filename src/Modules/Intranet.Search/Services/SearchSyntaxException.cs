namespace Intranet.Search.Services;

/// <summary>A user's advanced query could not be read; the message is Vietnamese and safe to show (answer 400).</summary>
public sealed class SearchSyntaxException : Exception
{
    public SearchSyntaxException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    public SearchSyntaxException()
    {
    }

    public SearchSyntaxException(string message)
        : base(message)
    {
    }
}
