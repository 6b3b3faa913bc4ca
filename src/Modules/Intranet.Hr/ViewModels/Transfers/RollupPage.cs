using Intranet.Hr.Services.Rollup;

namespace Intranet.Hr.ViewModels.Transfers;

/// <summary>The roll-up page: the counts and whether the reader may open a department's records.</summary>
public sealed record RollupPage(ProvinceRollup Rollup, bool MayOpenRecords, bool MayTransfer);
