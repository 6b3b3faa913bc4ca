namespace Intranet.Learning.Models.Quiz;

/// <summary>Which attempt's score is the quiz's result.</summary>
public enum QuizGrading
{
    Highest = 0,
    Last = 1,
}
