namespace Intranet.Learning.Services.Scorm;

/// <summary>A commit the server will not store (not JSON, too large, a launch that never was); the message is Vietnamese.</summary>
public sealed class ScormCommitException : Exception
{
    public ScormCommitException(string message, int status = 422)
        : base(message) => Status = status;

    /// <summary>The HTTP status to answer: 422 for the data, 409 for a launch that does not exist.</summary>
    public int Status { get; }
}
