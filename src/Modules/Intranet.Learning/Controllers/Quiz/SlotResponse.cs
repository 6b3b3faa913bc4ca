namespace Intranet.Learning.Controllers.Quiz;

public sealed record SlotResponse(int Slot, IReadOnlyList<int>? Choices, string? Text, IReadOnlyList<int?>? Matches);
