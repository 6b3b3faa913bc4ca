using System.Security.Claims;
using Intranet.Core.Cluster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Users.Services;

/// <summary>
/// Checks a session against the account on every request: a disabled account, a changed password or an
/// administrator's "end sessions" changes the security stamp, and every cookie and token issued before stops
/// working on the next request. The state is cached in memory and dropped whenever the account is saved (<see cref="SessionCache"/>), so the change still applies to the very next request;
/// once per request the validator first applies what other nodes saved (<see cref="IClusterSignalFeed"/>), so that
/// holds on every node sharing the host database, not only on the one that saved.
/// </summary>
public sealed class SessionValidator
{
    private readonly IServiceProvider _services;
    private readonly SessionCache _cache;
    private readonly IClusterSignalFeed? _feed;
    private UsersDbContext? _db;
    private Task? _caughtUp;

    public SessionValidator(IServiceProvider services, SessionCache cache, IClusterSignalFeed? feed = null)
    {
        _services = services;
        _cache = cache;
        _feed = feed;
    }

    /// <summary>Created only on a cache miss: building a context's options costs more than the cached answer.</summary>
    private UsersDbContext Db => _db ??= _services.GetRequiredService<UsersDbContext>();

    public async Task<SessionState?> FindAsync(string accountId, CancellationToken cancellationToken = default)
    {
        if (_feed is not null)
        {
            await (_caughtUp ??= _feed.CatchUpAsync(cancellationToken));
        }

        return await _cache.GetOrLoadAsync(SessionCache.SessionKey(accountId), SessionCache.AccountOwner(accountId), () =>
            Db.Users.AsNoTracking()
                .Where(a => a.Id == accountId)
                .Select(a => new SessionState(a.Email ?? "", a.FullName, a.SecurityStamp ?? "", a.IsEnabled, a.TwoFactorEnabled, a.MustChangePassword))
                .FirstOrDefaultAsync(cancellationToken));
    }

    public async Task<bool> IsValidAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal.FindFirstValue(AccountClaims.SecurityStamp);
        if (id is null || stamp is null)
        {
            return false;
        }

        var state = await FindAsync(id, cancellationToken);
        return state is { IsEnabled: true } && string.Equals(state.SecurityStamp, stamp, StringComparison.Ordinal);
    }
}
