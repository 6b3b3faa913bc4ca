using Intranet.AuditTrail.Models;
using Intranet.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Intranet.AuditTrail.Services;

/// <summary>The audit chain of one tenant database. Rows are written by <see cref="AuditChainWriter"/> only, never updated.</summary>
public sealed class AuditDbContext : ModuleDbContext
{
    public AuditDbContext(DbContextOptions<AuditDbContext> options)
        : base(options)
    {
    }

    public DbSet<AuditEntry> Entries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var entry = modelBuilder.Entity<AuditEntry>();
        entry.ToTable("AuditEntries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.TenantName).HasMaxLength(100);
        entry.Property(e => e.Category).HasMaxLength(50).IsRequired();
        entry.Property(e => e.Action).HasMaxLength(100).IsRequired();
        entry.Property(e => e.Subject).HasMaxLength(400);
        entry.Property(e => e.Details).HasMaxLength(4000);
        entry.Property(e => e.Actor).HasMaxLength(256).IsRequired();
        entry.Property(e => e.PreviousHash).HasMaxLength(64).IsRequired();
        entry.Property(e => e.Hash).HasMaxLength(64).IsRequired();
        entry.HasIndex(e => e.TimeUtc);
        entry.HasIndex(e => new { e.Category, e.TimeUtc });
        entry.HasIndex(e => new { e.Actor, e.TimeUtc });
    }
}
