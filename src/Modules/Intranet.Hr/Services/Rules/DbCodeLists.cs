using Intranet.Core.Tenants;
using Intranet.Hr.Models.Reference;
using Intranet.Hr.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Services.Rules;

/// <summary>
/// The current code lists from the host database, cached in memory. Every department reads the same lists on many
/// pages, so they are cached; a new version (admin page, recipe) calls <see cref="Invalidate"/>, and the short
/// lifetime bounds staleness when another process (the CLI, a second node) made the change. A list the host has no
/// version of (the recipe step not run yet, or the province feature off) falls back to the shipped data.
/// </summary>
public sealed class DbCodeLists : ICodeLists, IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantRegistry _tenants;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Cached? _cached;

    public DbCodeLists(IServiceScopeFactory scopes, ITenantRegistry tenants, TimeProvider clock)
    {
        _scopes = scopes;
        _tenants = tenants;
        _clock = clock;
    }

    public async ValueTask<CodeListSet> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow();
        if (_cached is { } hit && hit.Expires > now)
        {
            return hit.Set;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } again && again.Expires > now)
            {
                return again.Set;
            }

            var set = await LoadAsync(DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
            _cached = new Cached(set, now + Lifetime);
            return set;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Invalidate() => _cached = null;

    public void Dispose() => _loading.Dispose();

    private async Task<CodeListSet> LoadAsync(DateOnly today, CancellationToken cancellationToken)
    {
        // The registry's host entry carries the enabled features (IHostTenantProvider only the connection).
        if (!_tenants.Table.Host.IsFeatureEnabled(HrFeatures.Province))
        {
            return ShippedCodeLists.Set;
        }

        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HrReferenceDbContext>();
        var current = await CurrentVersionIdsAsync(db, today, cancellationToken);
        var stored = await db.Versions.AsNoTracking().Include(v => v.Items)
            .Where(v => current.Contains(v.Id)).ToListAsync(cancellationToken);
        var lists = stored.Select(CodeListMapping.ToCodeList).ToDictionary(l => l.Key, StringComparer.OrdinalIgnoreCase);
        foreach (var shipped in ShippedCodeLists.Set.Lists)
        {
            lists.TryAdd(shipped.Key, shipped);
        }

        return new CodeListSet(lists.Values);
    }

    /// <summary>Per list, the latest version in force today (ties: the one added last).</summary>
    internal static async Task<List<int>> CurrentVersionIdsAsync(HrReferenceDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var heads = await db.Versions.AsNoTracking().Where(v => v.ValidFrom <= today)
            .Select(v => new { v.Id, v.ListKey, v.ValidFrom }).ToListAsync(cancellationToken);
        return [.. heads.GroupBy(v => v.ListKey).Select(g => g.OrderByDescending(v => v.ValidFrom).ThenByDescending(v => v.Id).First().Id)];
    }

    private sealed record Cached(CodeListSet Set, DateTimeOffset Expires);
}
