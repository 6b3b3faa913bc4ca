using Intranet.Core.Data;
using Intranet.Core.Staff;

namespace Intranet.Hr.Services.Rollup;

/// <summary>
/// Drops a department's cached roll-up counts on every HR record event of it. The events are raised inside the
/// change's transaction, so the counts are dropped again once it commits: a roll-up read between the event and the
/// commit would otherwise cache the old count.
/// </summary>
public sealed class RollupCacheInvalidator : IStaffRecordEventHandler
{
    private readonly RollupCache _cache;
    private readonly DataTransactionScope? _transaction;

    public RollupCacheInvalidator(RollupCache cache, DataTransactionScope? transaction = null)
    {
        _cache = cache;
        _transaction = transaction;
    }

    public Task RecordChangedAsync(StaffInfo record, StaffChange change, CancellationToken cancellationToken)
    {
        var tenant = record.TenantName;
        _cache.Invalidate(tenant);
        if (_transaction is { IsActive: true })
        {
            _transaction.AfterCommit(_ =>
            {
                _cache.Invalidate(tenant);
                return Task.CompletedTask;
            });
        }

        return Task.CompletedTask;
    }
}
