namespace Intranet.Learning.Models.Quiz;

/// <summary>
/// One answer of a question: a choice with its weight (<see cref="Fraction"/>, −1…1), an accepted short answer,
/// a matching pair (<see cref="Text"/> → <see cref="Match"/>) or a numeric answer (value ± tolerance, or min…max).
/// </summary>
public sealed class QuestionOption
{
    public string Text { get; set; } = "";

    public decimal Fraction { get; set; }

    public string? Feedback { get; set; }

    /// <summary>The right-hand side of a matching pair.</summary>
    public string? Match { get; set; }

    public decimal? Value { get; set; }

    public decimal? Tolerance { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }
}
