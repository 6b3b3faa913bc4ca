namespace Intranet.StaffDirectory.Services;

/// <summary>What an import did, or would do (dry run): nothing is written unless every row is valid.</summary>
public sealed record ImportReport(bool DryRun, bool Applied, int Rows, int Created, int Updated, IReadOnlyList<ImportError> Errors);
