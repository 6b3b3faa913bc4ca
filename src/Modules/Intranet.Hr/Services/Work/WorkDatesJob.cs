using Intranet.Core.Tenants;
using Intranet.Hr.Models;
using Intranet.Hr.Services.Transfers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Hr.Services.Work;

/// <summary>
/// Brings every HR department's stored work-list dates up to the current rules and code-list version, in bulk
/// (<see cref="WorkDates.EnsureCurrentAsync"/>). Run at start-up and every hour by the closing scheduler, so a
/// code-list version that becomes valid on a later day is applied that day even before anyone opens a list (a list
/// request checks the same thing first).
/// </summary>
public sealed class WorkDatesJob
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantAccessor _tenants;
    private readonly TransferService _departments;
    private readonly ILogger<WorkDatesJob> _logger;

    public WorkDatesJob(IServiceScopeFactory scopes, ITenantAccessor tenants, TransferService departments, ILogger<WorkDatesJob> logger)
    {
        _scopes = scopes;
        _tenants = tenants;
        _departments = departments;
        _logger = logger;
    }

    /// <summary>Returns how many records' dates changed, over all departments.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var changed = 0;
        foreach (var tenant in _departments.Departments())
        {
            try
            {
                changed += await RunAsync(tenant, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogError(ex, "HR work dates: {Tenant} failed; the next run or list request retries.", tenant.Name);
            }
        }

        return changed;
    }

    public async Task<int> RunAsync(Tenant tenant, CancellationToken ct = default)
    {
        using var entered = _tenants.Enter(tenant);
        await using var scope = _scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkDates>()
            .EnsureCurrentAsync(scope.ServiceProvider.GetRequiredService<HrDbContext>(), ct);
    }
}
