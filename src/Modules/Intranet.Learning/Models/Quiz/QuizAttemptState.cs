namespace Intranet.Learning.Models.Quiz;

public enum QuizAttemptState
{
    InProgress = 0,
    Submitted = 1,

    /// <summary>The time ran out; graded on what was saved before the deadline.</summary>
    TimedOut = 2,
}
