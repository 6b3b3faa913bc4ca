using Intranet.Core.Cluster;
using Intranet.Core.Data;
using Intranet.Users.Models;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Users.Services;

/// <summary>Accounts, memberships and roles: host database only (one account per person across the province).</summary>
public sealed class UsersDbContext : IdentityUserContext<Account>
{
    private readonly SessionCache? _sessions;
    private readonly IClusterSignals? _signals;

    public UsersDbContext(DbContextOptions<UsersDbContext> options)
        : base(options) => DataTransactionScope.Enlist(this, options);

    public UsersDbContext(DbContextOptions<UsersDbContext> options, SessionCache sessions)
        : this(options) => _sessions = sessions;

    public UsersDbContext(DbContextOptions<UsersDbContext> options, SessionCache sessions, IClusterSignals signals)
        : this(options, sessions) => _signals = signals;

    public DbSet<TenantMembership> Memberships => Set<TenantMembership>();

    public DbSet<TenantRole> TenantRoles => Set<TenantRole>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var changed = ChangedOwners();
        Invalidate(changed);
        var owners = SignalOwners(changed);
        _signals?.Publish(SessionCache.Channel, owners);
        var result = base.SaveChanges(acceptAllChangesOnSuccess);
        DataTransactionScope.AfterCommit(this, () => Invalidate(changed));
        if (Database.CurrentTransaction is null)
        {
            _signals?.Publish(SessionCache.Channel, owners);
        }

        return result;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Before the save and again once it is committed: a request in between reads the database (the cache marks
        // the keys unsettled) and cannot keep what it read.
        var changed = ChangedOwners();
        Invalidate(changed);

        // Other nodes: inside a shared transaction the signal commits with the change; otherwise it is written
        // before the save (they read through while it lands) and again after it (in case the save waited long).
        var owners = SignalOwners(changed);
        await PublishAsync(owners, cancellationToken);
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        DataTransactionScope.AfterCommit(this, () => Invalidate(changed));
        if (Database.CurrentTransaction is null)
        {
            await PublishAsync(owners, cancellationToken);
        }

        return result;
    }

    // A signal that cannot be written (the host database busy under parallel saves) must not fail the change itself:
    // other nodes then drop their cached state when it expires (30 s), as before signals existed.
    private async Task PublishAsync(List<string> owners, CancellationToken cancellationToken)
    {
        if (_signals is null || owners.Count == 0)
        {
            return;
        }

        try
        {
            await _signals.PublishAsync(SessionCache.Channel, owners, cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException)
        {
            _ = ex;
        }
    }

    private List<(string? Account, string? Tenant)> ChangedOwners()
    {
        var owners = new List<(string?, string?)>();
        if (_sessions is null)
        {
            return owners;
        }

        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Account account:
                    owners.Add((account.Id, null));
                    break;
                case TenantMembership membership:
                    owners.Add((membership.AccountId, null));
                    break;
                case TenantRole role:
                    owners.Add((null, role.TenantName));
                    break;
            }
        }

        return owners;
    }

    private static List<string> SignalOwners(List<(string? Account, string? Tenant)> owners) =>
        [.. owners.Select(o => o.Account is not null ? SessionCache.AccountOwner(o.Account) : SessionCache.TenantOwner(o.Tenant!)).Distinct(StringComparer.Ordinal)];

    private void Invalidate(List<(string? Account, string? Tenant)> owners)
    {
        foreach (var (account, tenant) in owners)
        {
            if (account is not null)
            {
                _sessions!.InvalidateAccount(account);
            }

            if (tenant is not null)
            {
                _sessions!.InvalidateTenantRoles(tenant);
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Account>(e =>
        {
            e.ToTable("Accounts");
            e.Property(a => a.FullName).HasMaxLength(200);
            e.Property(a => a.HomeTenant).HasMaxLength(50);
            e.HasIndex(a => a.HomeTenant);
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<string>>().ToTable("AccountClaims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>>().ToTable("AccountLogins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<string>>().ToTable("AccountTokens");
        builder.Entity<TenantMembership>(e =>
        {
            e.ToTable("TenantMemberships");
            e.Property(m => m.AccountId).HasMaxLength(450);
            e.Property(m => m.TenantName).HasMaxLength(50);
            e.HasIndex(m => new { m.AccountId, m.TenantName }).IsUnique();
            e.HasIndex(m => m.TenantName);
            e.HasOne<Account>().WithMany().HasForeignKey(m => m.AccountId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<TenantRole>(e =>
        {
            e.ToTable("TenantRoles");
            e.Property(r => r.TenantName).HasMaxLength(50);
            e.Property(r => r.Name).HasMaxLength(64);
            e.Property(r => r.Description).HasMaxLength(200);
            e.HasIndex(r => new { r.TenantName, r.Name }).IsUnique();
        });
    }
}
