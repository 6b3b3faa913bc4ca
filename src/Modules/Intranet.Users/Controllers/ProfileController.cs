using Intranet.Users.Services;
using Intranet.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Users.Controllers;

/// <summary>/account: the signed-in person's own account, memberships, and links to password and second factor.</summary>
[Authorize(AuthenticationSchemes = UsersAuthentication.CookieScheme)]
[Route("account")]
public sealed class ProfileController : Controller
{
    private readonly AccountManager _accounts;
    private readonly UsersDbContext _db;

    public ProfileController(AccountManager accounts, UsersDbContext db)
    {
        _accounts = accounts;
        _db = db;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var account = await _accounts.RequireAsync(User.AccountId()!);
        var memberships = await _db.Memberships.AsNoTracking().Where(m => m.AccountId == account.Id).OrderBy(m => m.TenantName).ToListAsync(cancellationToken);
        return View(new ProfileViewModel(account, memberships));
    }
}
