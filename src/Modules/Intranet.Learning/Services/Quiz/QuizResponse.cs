namespace Intranet.Learning.Services.Quiz;

/// <summary>
/// A learner's answer to one question: the option indexes chosen (choice, true/false), the typed text (short
/// answer, numerical, essay), or for matching the right-hand pick (index into the shown list) of each left item.
/// </summary>
public sealed record QuizResponse(IReadOnlyList<int>? Choices = null, string? Text = null, IReadOnlyList<int?>? Matches = null)
{
    public const int MaxTextLength = 10_000;

    public bool IsEmpty => (Choices is null || Choices.Count == 0) && string.IsNullOrWhiteSpace(Text) && (Matches is null || Matches.All(m => m is null));
}
