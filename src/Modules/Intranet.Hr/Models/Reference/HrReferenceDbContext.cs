using Intranet.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Models.Reference;

/// <summary>The province's HR code lists, in the host database (feature <see cref="HrFeatures.Province"/>).</summary>
public sealed class HrReferenceDbContext : ModuleDbContext
{
    public HrReferenceDbContext(DbContextOptions<HrReferenceDbContext> options)
        : base(options)
    {
    }

    public DbSet<HrCodeListVersion> Versions => Set<HrCodeListVersion>();

    public DbSet<HrCodeListItem> Items => Set<HrCodeListItem>();

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
    }
}
