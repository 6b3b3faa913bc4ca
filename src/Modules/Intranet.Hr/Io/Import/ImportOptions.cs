using Intranet.Hr.Io.Codes;

namespace Intranet.Hr.Io.Import;

/// <summary>How to run an import: check only, which ethnic edition the codes follow, and who is importing.</summary>
public sealed record ImportOptions(bool DryRun, EthnicEdition Edition = EthnicEdition.Edition2008, string? Actor = null);
