namespace Intranet.Learning.Services.Catalogue;

/// <summary>A request the learning services refuse: a status (400, 403, 404, 409, 422), a Vietnamese message and the field at fault.</summary>
public sealed class LearningException : Exception
{
    public LearningException(int status, string message, string? field = null)
        : base(message)
    {
        Status = status;
        Field = field;
    }

    public LearningException()
    {
    }

    public LearningException(string message)
        : base(message)
    {
    }

    public LearningException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Status { get; } = 400;

    public string? Field { get; }
}
