using Intranet.Core.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Cluster.Data;

/// <summary>Host-database tables every node reads: the data-protection key ring, cache signals and job leases.</summary>
public sealed class ClusterDbContext : ModuleDbContext, IDataProtectionKeyContext
{
    public ClusterDbContext(DbContextOptions<ClusterDbContext> options)
        : base(options)
    {
    }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<ClusterSignal> Signals => Set<ClusterSignal>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var key = modelBuilder.Entity<DataProtectionKey>();
        key.ToTable("DataProtectionKeys");
        key.Property(k => k.FriendlyName).HasMaxLength(100);

        var job = modelBuilder.Entity<JobRun>();
        job.ToTable("JobRuns");
        job.HasKey(j => j.Name);
        job.Property(j => j.Name).HasMaxLength(100);
        job.Property(j => j.LockedBy).HasMaxLength(100);
        job.Property(j => j.LastNode).HasMaxLength(100);
        job.Property(j => j.LastError).HasMaxLength(2000);

        var signal = modelBuilder.Entity<ClusterSignal>();
        signal.ToTable("ClusterSignals");
        signal.Property(s => s.Channel).HasMaxLength(50);
        signal.Property(s => s.Owner).HasMaxLength(500);
        signal.Property(s => s.Node).HasMaxLength(100);
        signal.HasIndex(s => s.CreatedUtc);
    }
}
