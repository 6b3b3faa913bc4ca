using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Users.Services;

/// <summary>
/// Checks a session against the account on every request: a disabled account, a changed password or an
/// administrator's "end sessions" changes the security stamp, and every cookie and token issued before stops
/// working on the next request. One indexed primary-key read, remembered for two seconds by
/// <see cref="SessionStateCache"/>, which every account write in this process evicts.
/// </summary>
public sealed class SessionValidator
{
    private readonly IServiceProvider _services;
    private readonly SessionStateCache _cache;

    public SessionValidator(IServiceProvider services, SessionStateCache cache)
    {
        _services = services;
        _cache = cache;
    }

    public async Task<SessionState?> FindAsync(string accountId, CancellationToken cancellationToken = default)
    {
        if (_cache.TryGet(accountId, out var cached))
        {
            return cached;
        }

        // Resolved only on a cache miss: creating the context is a good part of the cost being saved.
        var db = _services.GetRequiredService<UsersDbContext>();
        var state = await db.Users.AsNoTracking()
            .Where(a => a.Id == accountId)
            .Select(a => new SessionState(a.Email ?? "", a.FullName, a.SecurityStamp ?? "", a.IsEnabled))
            .FirstOrDefaultAsync(cancellationToken);
        if (state is not null)
        {
            _cache.Set(accountId, state);
        }

        return state;
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
