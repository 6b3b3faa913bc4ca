using Intranet.Learning.Models;
using Intranet.Learning.Services.Quiz;

namespace Intranet.Learning.ViewModels.Quiz;

/// <summary>The new/edit quiz form. <see cref="QuizId"/> null: a new quiz in section <see cref="SectionId"/>.</summary>
public sealed record QuizFormPage(Course Course, int? QuizId, int SectionId, QuizSettings Settings, int PoolSize, IReadOnlyList<string> Errors, string? Message = null);
