using Intranet.Learning.Models;
using Intranet.Learning.Models.Quiz;
using Intranet.Learning.Services.Quiz;

namespace Intranet.Learning.ViewModels.Quiz;

public sealed record QuestionBankPage(Course Course, IReadOnlyList<Question> Questions, IReadOnlyList<QuizDefinition> Quizzes, QuestionImport? Report, int Imported, string? Message);
