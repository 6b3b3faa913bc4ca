using Microsoft.EntityFrameworkCore;

namespace Intranet.Email.Outbox;

/// <summary>
/// The outbox lives in its own SQLite file (App_Data/email/outbox.db), not in a tenant's database: it serves
/// every tenant, must accept a message even while a tenant database is being migrated, and is a queue, not records.
/// With a PostgreSQL host it lives in the host database instead, which every node shares (see EmailOutbox).
/// </summary>
public sealed class OutboxDbContext : DbContext
{
    public OutboxDbContext(DbContextOptions<OutboxDbContext> options)
        : base(options)
    {
    }

    public DbSet<OutboxMessage> Messages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox_message");
            e.Property(x => x.TenantName).HasMaxLength(100);
            e.Property(x => x.MessageId).HasMaxLength(300);
            e.Property(x => x.Recipients).HasMaxLength(4000);
            e.Property(x => x.Subject).HasMaxLength(1000);
            e.Property(x => x.LastError).HasMaxLength(2000);
            e.Property(x => x.ClaimedBy).HasMaxLength(100);
            e.HasIndex(x => new { x.State, x.NextAttemptUtc });
            e.HasIndex(x => x.CreatedUtc);
        });
}
