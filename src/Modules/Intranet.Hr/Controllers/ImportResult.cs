namespace Intranet.Hr.Controllers;

/// <summary>The API's answer to an import without problems.</summary>
public sealed record ImportResult(bool DryRun, bool Applied, int Rows, int Created, int Updated, IReadOnlyList<ImportWarning> Warnings);
