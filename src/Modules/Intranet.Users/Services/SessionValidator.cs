using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Users.Services;

/// <summary>
/// Checks a session against the account on every request: a disabled account, a changed password or an
/// administrator's "end sessions" changes the security stamp, and every cookie and token issued before stops
/// working on the next request. The state is cached in memory and dropped whenever the account is saved (<see cref="SessionCache"/>), so the change still applies to the very next request.
/// </summary>
public sealed class SessionValidator
{
    private readonly UsersDbContext _db;
    private readonly SessionCache _cache;

    public SessionValidator(UsersDbContext db, SessionCache cache)
    {
        _db = db;
        _cache = cache;
    }

    public Task<SessionState?> FindAsync(string accountId, CancellationToken cancellationToken = default) =>
        _cache.GetOrLoadAsync(SessionCache.SessionKey(accountId), SessionCache.AccountOwner(accountId), () =>
            _db.Users.AsNoTracking()
                .Where(a => a.Id == accountId)
                .Select(a => new SessionState(a.Email ?? "", a.FullName, a.SecurityStamp ?? "", a.IsEnabled))
                .FirstOrDefaultAsync(cancellationToken));

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
