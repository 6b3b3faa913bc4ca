using Intranet.Learning.Models;
using Intranet.Learning.Models.Quiz;
using Intranet.Learning.Services.Quiz;

namespace Intranet.Learning.ViewModels.Quiz;

/// <summary>An attempt to answer (in progress) or to review (finished): each item's question copy, response and grade.</summary>
public sealed record AttemptPage(Lesson Lesson, QuizDefinition Quiz, QuizAttempt Attempt, IReadOnlyList<AttemptPageItem> Items, string? Message);
