using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Users.Services;

/// <summary>
/// Checks a session against the account on every request: a disabled account, a changed password or an
/// administrator's "end sessions" changes the security stamp, and every cookie and token issued before stops
/// working on the next request. One indexed primary-key read per request; no cache, so no window.
/// </summary>
public sealed class SessionValidator
{
    private readonly UsersDbContext _db;

    public SessionValidator(UsersDbContext db) => _db = db;

    public Task<SessionState?> FindAsync(string accountId, CancellationToken cancellationToken = default) =>
        _db.Users.AsNoTracking()
            .Where(a => a.Id == accountId)
            .Select(a => new SessionState(a.Email ?? "", a.FullName, a.SecurityStamp ?? "", a.IsEnabled))
            .FirstOrDefaultAsync(cancellationToken);

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
