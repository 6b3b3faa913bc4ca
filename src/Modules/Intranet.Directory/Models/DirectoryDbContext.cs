using Intranet.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Intranet.StaffDirectory.Models;

/// <summary>The directory tables of one department, in the department's own database.</summary>
public sealed class DirectoryDbContext : ModuleDbContext
{
    public DirectoryDbContext(DbContextOptions<DirectoryDbContext> options)
        : base(options)
    {
    }

    public DbSet<OrgUnit> Units => Set<OrgUnit>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<Person> People => Set<Person>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OrgUnit>(e =>
        {
            e.ToTable("Directory_Units");
            e.HasKey(u => u.Id);
            e.Property(u => u.Id).HasMaxLength(64);
            e.Property(u => u.Name).HasMaxLength(200);
            e.Property(u => u.ParentId).HasMaxLength(64);
            e.HasIndex(u => u.ParentId);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Position>(e =>
        {
            e.ToTable("Directory_Positions");
            e.Property(p => p.Name).HasMaxLength(150);
            e.HasIndex(p => p.Name).IsUnique();
        });
        modelBuilder.Entity<Person>(e =>
        {
            e.ToTable("Directory_People");
            e.Property(p => p.FullName).HasMaxLength(150);
            e.Property(p => p.Email).HasMaxLength(254);
            e.Property(p => p.ExternalId).HasMaxLength(64);
            e.Property(p => p.UnitId).HasMaxLength(64);
            e.Property(p => p.OfficePhone).HasMaxLength(40);
            e.Property(p => p.Mobile).HasMaxLength(40);
            e.Property(p => p.Room).HasMaxLength(60);
            e.Property(p => p.AccountId).HasMaxLength(64);
            e.Property(p => p.PhotoContentType).HasMaxLength(40);
            e.HasIndex(p => p.Email).IsUnique();
            e.HasIndex(p => p.ExternalId).IsUnique();
            e.HasIndex(p => p.AccountId);
            e.HasIndex(p => p.UnitId);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(p => p.Position).WithMany().HasForeignKey(p => p.PositionId).OnDelete(DeleteBehavior.SetNull);
        });
    }
}
