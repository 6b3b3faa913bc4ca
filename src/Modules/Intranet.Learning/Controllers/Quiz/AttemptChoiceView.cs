namespace Intranet.Learning.Controllers.Quiz;

public sealed record AttemptChoiceView(int Index, string Text);
