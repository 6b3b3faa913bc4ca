namespace Intranet.Learning.Controllers.Quiz;

/// <summary>Answers sent to an attempt, by slot.</summary>
public sealed record AttemptAnswers(IReadOnlyList<SlotResponse>? Answers);
