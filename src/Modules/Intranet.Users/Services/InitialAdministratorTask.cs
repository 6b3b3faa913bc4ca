using System.Security.Cryptography;
using Intranet.Core.Hosting;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Users.Services;

/// <summary>
/// Start-up (order 150): makes sure the configured first administrator exists and administers the host. A
/// generated password is written only to App_Data/initial-admin.txt (0600), never to the log; the log says where.
/// </summary>
public sealed class InitialAdministratorTask : IStartupTask
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private readonly UsersDbContext _db;
    private readonly AccountChanges _changes;
    private readonly InitialAdministratorFile _file;
    private readonly SetupOptions _setup;
    private readonly ILogger<InitialAdministratorTask> _logger;

    public InitialAdministratorTask(UsersDbContext db, AccountChanges changes, InitialAdministratorFile file, IOptions<SetupOptions> setup, ILogger<InitialAdministratorTask> logger)
    {
        _db = db;
        _changes = changes;
        _file = file;
        _setup = setup.Value;
        _logger = logger;
    }

    public int Order => 150;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // The Tenants module migrates every host context at order 0; migrating again is a cheap no-op, and keeps
        // this module usable on its own.
        await _db.Database.MigrateAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(_setup.AdminEmail))
        {
            _logger.LogWarning("Intranet:Setup:AdminEmail is empty; no initial administrator is ensured.");
            return;
        }

        string? generated = null;
        await _changes.RunAsync(async manager =>
        {
            var account = await manager.FindByEmailAsync(_setup.AdminEmail);
            if (account is null)
            {
                var password = string.IsNullOrEmpty(_setup.AdminPassword) ? generated = Generate() : _setup.AdminPassword;
                account = await manager.CreateAsync(_setup.AdminEmail, "Quản trị hệ thống", Tenant.DefaultName, password: null, mustChangePassword: false, cancellationToken);
                await manager.SetPasswordAsync(account, password, mustChange: generated is not null, cancellationToken);
            }

            var roles = await manager.RolesInAsync(account, Tenant.DefaultName, cancellationToken) ?? [];
            if (!roles.Contains(StandardRoles.Administrator))
            {
                await manager.SetMembershipAsync(account, Tenant.DefaultName, [.. roles, StandardRoles.Administrator], cancellationToken);
            }
        }, cancellationToken);

        if (generated is not null)
        {
            _file.Write(_setup.AdminEmail, generated);
            // Never the password itself: logs are kept and shipped far longer than the 0600 file, which goes as
            // soon as the password is changed. The operator reads it from the file.
            _logger.LogWarning("Initial administrator {Email} created with a generated password, in {File} (readable by this service account only; deleted when the password is changed).", _setup.AdminEmail, _file.PathName);
        }
    }

    /// <summary>20 characters from a 57-letter alphabet without look-alikes: about 116 bits.</summary>
    private static string Generate() => RandomNumberGenerator.GetString(Alphabet, 20);
}
