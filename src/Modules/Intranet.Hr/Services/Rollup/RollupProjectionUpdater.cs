using Intranet.Core.Data;
using Intranet.Core.Staff;
using Intranet.Core.Tenants;
using Intranet.Hr.Services.Closing;
using Microsoft.Extensions.Logging;

namespace Intranet.Hr.Services.Rollup;

/// <summary>
/// Keeps the host's roll-up projection in step with every HR record event: the changed records of each department
/// are collected while the change runs and their rows rewritten once the change has committed (never before, so a
/// rolled-back change is never counted). A failure there does not undo the committed change: it is logged and the
/// reconciliation rebuilds the department (<see cref="RollupProjection.ReconcileAsync"/>).
/// </summary>
public sealed class RollupProjectionUpdater : IStaffRecordEventHandler
{
    private readonly RollupProjection _projection;
    private readonly ITenantRegistry _registry;
    private readonly TimeProvider _clock;
    private readonly ILogger<RollupProjectionUpdater> _logger;
    private readonly DataTransactionScope? _transaction;
    private readonly Dictionary<string, HashSet<int>> _pending = new(StringComparer.Ordinal);
    private bool _registered;

    public RollupProjectionUpdater(RollupProjection projection, ITenantRegistry registry, TimeProvider clock, ILogger<RollupProjectionUpdater> logger, DataTransactionScope? transaction = null)
    {
        _projection = projection;
        _registry = registry;
        _clock = clock;
        _logger = logger;
        _transaction = transaction;
    }

    public async Task RecordChangedAsync(StaffInfo record, StaffChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!_projection.Enabled)
        {
            return;
        }

        if (!_pending.TryGetValue(record.TenantName, out var ids))
        {
            ids = _pending[record.TenantName] = [];
        }

        ids.Add(record.RecordId);
        if (_transaction is { IsActive: true })
        {
            if (!_registered)
            {
                _registered = true;
                _transaction.AfterCommit(FlushAsync);
            }
        }
        else
        {
            await FlushAsync(cancellationToken); // no transaction: the change is already saved
        }
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        var work = _pending.ToList();
        _pending.Clear();
        _registered = false;
        var today = RecordClosingScheduler.Today(_clock);
        foreach (var (tenantName, ids) in work)
        {
            if (_registry.Table.FindByName(tenantName) is not { } tenant)
            {
                continue;
            }

            try
            {
                await _projection.RefreshAsync(tenant, ids, today, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogError(ex, "HR roll-up projection: {Tenant} not updated after a change; the reconciliation rebuilds it.", tenantName);
            }
        }
    }
}
