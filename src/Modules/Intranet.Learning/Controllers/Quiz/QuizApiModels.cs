namespace Intranet.Learning.Controllers.Quiz;

/// <summary>A new quiz: the section it goes in and its settings.</summary>
public sealed record QuizCreateRequest(int SectionId, Services.Quiz.QuizSettings Settings);
