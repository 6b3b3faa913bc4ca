using Intranet.Learning.Services.Quiz;

namespace Intranet.Learning.Controllers.Quiz;

/// <summary>
/// One question of an attempt. <see cref="Choices"/>: options to pick (their <c>index</c> goes in the response's
/// <c>choices</c>), or for matching the left-hand items in order; <see cref="Rights"/>: matching's right-hand
/// texts (the response's <c>matches</c> holds, per left item, an index into it).
/// </summary>
public sealed record AttemptItemView(int Slot, string Type, string Text, IReadOnlyList<AttemptChoiceView> Choices, IReadOnlyList<string> Rights, QuizResponse? Response, decimal? Fraction);
