using Intranet.Backup.Models;
using Intranet.Backup.Services;
using Intranet.Core.Security;
using Intranet.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Backup.Controllers;

/// <summary>The province's scheduled archives: name, time, size, and whether retention keeps it. Read only: restores are done from the command line with the site stopped.</summary>
[Admin]
[Authorize]
[Route("admin/backups")]
public sealed class BackupAdminController : Controller
{
    private readonly IAuthorizationService _authorization;
    private readonly BackupService _backups;

    public BackupAdminController(IAuthorizationService authorization, BackupService backups)
    {
        _authorization = authorization;
        _backups = backups;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageBackups))
        {
            return Forbid();
        }

        var options = _backups.Options;
        var folder = _backups.Folder;
        var names = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, RetentionPolicy.Prefix + "*" + RetentionPolicy.Extension).Select(Path.GetFileName).OfType<string>().ToList()
            : [];
        var keep = RetentionPolicy.ToKeep(names, options.KeepDaily, options.KeepMonthly);
        var rows = names
            .Select(n => new BackupFileRow(n, RetentionPolicy.TryParse(n, out var t) ? t : null, new FileInfo(Path.Combine(folder, n)).Length, keep.Contains(n)))
            .OrderByDescending(r => r.Time)
            .ToList();
        var schedule = options.Interval is { } interval ? interval.ToString() : options.Schedule;
        return View(new BackupListViewModel(folder, schedule, options.KeepDaily, options.KeepMonthly, rows));
    }
}
