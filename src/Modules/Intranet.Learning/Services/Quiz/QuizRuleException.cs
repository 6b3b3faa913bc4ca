namespace Intranet.Learning.Services.Quiz;

/// <summary>A quiz rule the request breaks (no attempts left, time is up, bad settings); the message is Vietnamese, for the user.</summary>
public sealed class QuizRuleException : Exception
{
    public QuizRuleException(string message, int status = 409)
        : base(message) => Status = status;

    /// <summary>The HTTP status the API answers with (409 a state conflict, 422 invalid input, 404 not found).</summary>
    public int Status { get; }
}
