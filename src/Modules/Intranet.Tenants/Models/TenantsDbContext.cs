using Intranet.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Tenants.Models;

/// <summary>The tenant registry's table, in the host (province) database.</summary>
public sealed class TenantsDbContext : ModuleDbContext
{
    public TenantsDbContext(DbContextOptions<TenantsDbContext> options)
        : base(options)
    {
    }

    public DbSet<TenantRecord> Tenants => Set<TenantRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var tenant = modelBuilder.Entity<TenantRecord>();
        tenant.ToTable("Tenants");
        tenant.Property(t => t.Name).HasMaxLength(50).IsRequired();
        tenant.Property(t => t.DisplayName).HasMaxLength(200).IsRequired();
        tenant.Property(t => t.Prefix).HasMaxLength(50);
        tenant.Property(t => t.Hosts).HasMaxLength(2000);
        tenant.Property(t => t.DatabaseProvider).HasMaxLength(20);
        tenant.Property(t => t.Theme).HasMaxLength(100);
        tenant.Property(t => t.RecipeName).HasMaxLength(100);
        tenant.Property(t => t.Description).HasMaxLength(2000);
        tenant.Property(t => t.VersionId).HasMaxLength(32);

        // The admin list sorts and pages on these in SQL, so it stays fast with thousands of departments.
        tenant.HasIndex(t => t.Name).IsUnique();
        tenant.HasIndex(t => t.Prefix).IsUnique();
        tenant.HasIndex(t => t.DisplayName);
        tenant.HasIndex(t => t.CreatedUtc);
        tenant.HasIndex(t => t.State);
    }
}
