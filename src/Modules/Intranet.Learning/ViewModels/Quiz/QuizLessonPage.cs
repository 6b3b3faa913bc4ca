using Intranet.Learning.Models;
using Intranet.Learning.Models.Quiz;

namespace Intranet.Learning.ViewModels.Quiz;

/// <summary>The learner's quiz page: the rules, their attempts and the result that counts.</summary>
public sealed record QuizLessonPage(Course Course, Lesson Lesson, QuizDefinition Quiz, IReadOnlyList<QuizAttempt> Attempts, decimal? Result, string? Message);
