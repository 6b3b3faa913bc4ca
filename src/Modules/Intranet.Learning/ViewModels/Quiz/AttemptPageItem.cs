using Intranet.Learning.Services.Quiz;

namespace Intranet.Learning.ViewModels.Quiz;

public sealed record AttemptPageItem(int Slot, AttemptQuestion Question, QuizResponse? Response, decimal? Fraction);
