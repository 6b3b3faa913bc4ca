namespace Intranet.Learning.Controllers.Quiz;

public sealed record QuizCreated(int QuizId, int LessonId);
