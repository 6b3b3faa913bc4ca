namespace Intranet.Hr.Services.Work;

/// <summary>A refused work-list action, with the Vietnamese message the UI and the API show and the HTTP status it maps to.</summary>
public sealed class WorkException : Exception
{
    public WorkException(int status, string message)
        : base(message) => Status = status;

    public WorkException()
    {
    }

    public WorkException(string message)
        : base(message)
    {
    }

    public WorkException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Status { get; } = 400;
}
