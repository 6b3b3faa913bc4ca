using Intranet.Learning.Models;
using Intranet.Learning.Models.Quiz;
using Intranet.Learning.Services.Quiz;

namespace Intranet.Learning.ViewModels.Quiz;

public sealed record QuizResultsPage(Course Course, QuizDefinition Quiz, IReadOnlyList<QuizAttempt> Attempts, IReadOnlyList<QuestionStats> Stats);
