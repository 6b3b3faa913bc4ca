using Intranet.Hr.Io.Codes;
using Intranet.Hr.Io.Import;

namespace Intranet.Hr.ViewModels;

/// <summary>The import page: the last report (dry run or commit) with the file it was about.</summary>
public sealed record HrImportPage(ImportReport? Report, string? FileName, EthnicEdition Edition);
