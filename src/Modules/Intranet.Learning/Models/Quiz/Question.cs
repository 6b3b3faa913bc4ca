namespace Intranet.Learning.Models.Quiz;

/// <summary>A question of a course's bank. Attempts keep their own copy, so editing or deleting it never changes a graded attempt.</summary>
public sealed class Question
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    /// <summary>GIFT's <c>$CATEGORY</c> path ("CNTT cơ bản/IU01"); a quiz may draw from one category.</summary>
    public string Category { get; set; } = "";

    /// <summary>GIFT's <c>::name::</c>, or the start of the text.</summary>
    public string Name { get; set; } = "";

    public QuestionType Type { get; set; }

    public string Text { get; set; } = "";

    public QuestionFormat Format { get; set; }

    public string? GeneralFeedback { get; set; }

    /// <summary>Feedback shown for a wrong true/false answer (GIFT's first <c>#</c>) and a right one (the second).</summary>
    public string? WrongFeedback { get; set; }

    public string? RightFeedback { get; set; }

    public List<QuestionOption> Options { get; set; } = [];

    /// <summary>TT 03/2014 outcome codes ("IU01.1.2"), comma-separated.</summary>
    public string OutcomeCodes { get; set; } = "";

    public decimal Mark { get; set; } = 1;

    public DateTime CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>Whether a learner answers it (descriptions and essays do not count toward the score).</summary>
    public bool IsGraded => Type is not (QuestionType.Description or QuestionType.Essay);
}
