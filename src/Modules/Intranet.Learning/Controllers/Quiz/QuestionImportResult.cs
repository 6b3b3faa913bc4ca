namespace Intranet.Learning.Controllers.Quiz;

/// <summary>A file read without problems: how many questions it holds and how many were added (0 on a dry run).</summary>
public sealed record QuestionImportResult(bool DryRun, int Questions, int Imported);
