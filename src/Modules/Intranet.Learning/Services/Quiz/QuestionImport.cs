using Intranet.Learning.Models.Quiz;

namespace Intranet.Learning.Services.Quiz;

/// <summary>What a GIFT or Aiken file holds: the questions, or the problems (a file with any problem imports nothing).</summary>
public sealed record QuestionImport(IReadOnlyList<Question> Questions, IReadOnlyList<ImportProblem> Problems)
{
    public bool HasProblems => Problems.Count > 0;
}
