namespace Intranet.Learning.Models.Quiz;

/// <summary>Every question type GIFT and Aiken can express (Moodle's names in the comments).</summary>
public enum QuestionType
{
    /// <summary>One right choice (multichoice, single).</summary>
    SingleChoice = 0,

    /// <summary>Several choices with percentage weights (multichoice, multiple answers).</summary>
    MultipleChoice = 1,

    TrueFalse = 2,

    /// <summary>Typed answer compared after Vietnamese folding; <c>*</c> matches any text.</summary>
    ShortAnswer = 3,

    Matching = 4,

    /// <summary>A number with a tolerance or a range.</summary>
    Numerical = 5,

    /// <summary>Free text, kept ungraded (a trainer reads it); never counts toward the score.</summary>
    Essay = 6,

    /// <summary>Text only, no answer (a GIFT block without braces).</summary>
    Description = 7,
}
