using Intranet.Core.Tenants;
using Intranet.Hr.Services.Rollup;

namespace Intranet.Hr.ViewModels.Transfers;

/// <summary>A department's records as the province sees them (read-only, basic group).</summary>
public sealed record ProvinceRecordsPage(Tenant Department, DateOnly AsOf, IReadOnlyList<ProvinceRecordRow> Rows);
