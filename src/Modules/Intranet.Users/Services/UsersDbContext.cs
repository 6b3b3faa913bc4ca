using Intranet.Core.Data;
using Intranet.Users.Models;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Users.Services;

/// <summary>Accounts, memberships and roles: host database only (one account per person across the province).</summary>
public sealed class UsersDbContext : IdentityUserContext<Account>
{
    public UsersDbContext(DbContextOptions<UsersDbContext> options)
        : base(options) => DataTransactionScope.Enlist(this, options);

    public DbSet<TenantMembership> Memberships => Set<TenantMembership>();

    public DbSet<TenantRole> TenantRoles => Set<TenantRole>();

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
