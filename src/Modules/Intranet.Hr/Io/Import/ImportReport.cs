namespace Intranet.Hr.Io.Import;

/// <summary>What an import did or would do. Any problem means nothing was written.</summary>
public sealed record ImportReport(bool DryRun, bool Applied, int Rows, int Created, int Updated, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>What the officer should look at but that does not stop the import (CCCD province or century digit).</summary>
    public IReadOnlyList<ImportProblem> Warnings { get; init; } = [];

    public bool HasProblems => Problems.Count > 0;

    public static ImportReport Failed(bool dryRun, int rows, IReadOnlyList<ImportProblem> problems) => new(dryRun, false, rows, 0, 0, problems);
}
