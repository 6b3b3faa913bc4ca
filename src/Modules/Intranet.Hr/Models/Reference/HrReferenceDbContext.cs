using Intranet.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Models.Reference;

/// <summary>
/// The province's HR data in the host database (feature <see cref="HrFeatures.Province"/>): the code lists, and the
/// roll-up's projection of the departments' records (counted fields only).
/// </summary>
public sealed class HrReferenceDbContext : ModuleDbContext
{
    public HrReferenceDbContext(DbContextOptions<HrReferenceDbContext> options)
        : base(options)
    {
    }

    public DbSet<HrCodeListVersion> Versions => Set<HrCodeListVersion>();

    public DbSet<HrCodeListItem> Items => Set<HrCodeListItem>();

    /// <summary>The province roll-up's projection: one narrow row per record of every HR department.</summary>
    public DbSet<HrRollupRow> RollupRows => Set<HrRollupRow>();

    public DbSet<HrRollupDepartment> RollupDepartments => Set<HrRollupDepartment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<HrCodeListVersion>(e =>
        {
            e.ToTable("HrRef_CodeListVersions");
            e.Property(v => v.ListKey).HasMaxLength(64);
            e.Property(v => v.Name).HasMaxLength(300);
            e.Property(v => v.Version).HasMaxLength(100);
            e.Property(v => v.Source).HasMaxLength(2000);
            e.Property(v => v.CreatedBy).HasMaxLength(64);
            e.HasIndex(v => new { v.ListKey, v.ValidFrom });
            e.HasMany(v => v.Items).WithOne().HasForeignKey(i => i.VersionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<HrCodeListItem>(e =>
        {
            e.ToTable("HrRef_CodeListItems");
            e.Property(i => i.Code).HasMaxLength(40);
            e.Property(i => i.Name).HasMaxLength(300);
            e.Property(i => i.Aliases).HasMaxLength(2000);
            e.Property(i => i.Parent).HasMaxLength(40);
            e.Property(i => i.NumberValues).HasMaxLength(1000);
            e.HasIndex(i => new { i.VersionId, i.Code }).IsUnique();
        });
        modelBuilder.Entity<HrRollupRow>(e =>
        {
            e.ToTable("HrRef_RollupRows");
            e.HasKey(r => new { r.TenantName, r.RecordId });
            e.Property(r => r.TenantName).HasMaxLength(64);
            e.Property(r => r.ScaleCode).HasMaxLength(40);
            e.HasIndex(r => r.ScaleChangesOn);
        });
        modelBuilder.Entity<HrRollupDepartment>(e =>
        {
            e.ToTable("HrRef_RollupDepartments");
            e.HasKey(d => d.TenantName);
            e.Property(d => d.TenantName).HasMaxLength(64);
        });
    }
}
