using Intranet.Mail.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Mail.Data;

/// <summary>
/// mail.db: a SQLite file of its own (App_Data/mail/mail.db), holding nothing but mail data, because Postfix
/// and Dovecot read it directly. Table and column names are the ones the queries in deploy/mail/ use.
/// </summary>
public sealed class MailDbContext : DbContext
{
    public MailDbContext(DbContextOptions<MailDbContext> options)
        : base(options)
    {
    }

    public DbSet<MailDomain> Domains => Set<MailDomain>();

    public DbSet<MailDomainTenant> DomainTenants => Set<MailDomainTenant>();

    public DbSet<Mailbox> Mailboxes => Set<Mailbox>();

    public DbSet<MailAlias> Aliases => Set<MailAlias>();

    public DbSet<MailList> Lists => Set<MailList>();

    public DbSet<MailSendAs> SendAs => Set<MailSendAs>();

    public DbSet<MailAppPassword> AppPasswords => Set<MailAppPassword>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MailDomain>(e =>
        {
            e.ToTable("mail_domain");
            e.Property(x => x.Id).HasColumnName("id");
            e.Property(x => x.Name).HasColumnName("domain").UseCollation("NOCASE").HasMaxLength(253);
            e.HasIndex(x => x.Name).IsUnique();
            e.Property(x => x.IsActive).HasColumnName("active");
            e.Property(x => x.MaxMailboxes).HasColumnName("max_mailboxes");
            e.Property(x => x.MaxAliases).HasColumnName("max_aliases");
            e.Property(x => x.DefaultQuotaBytes).HasColumnName("default_quota_bytes");
            e.Property(x => x.AddressPattern).HasColumnName("address_pattern").HasMaxLength(64);
            e.Property(x => x.CreatedUtc).HasColumnName("created_utc");
        });
        modelBuilder.Entity<MailDomainTenant>(e =>
        {
            e.ToTable("mail_domain_tenant");
            e.HasKey(x => x.TenantName);
            e.Property(x => x.TenantName).HasColumnName("tenant_name").HasMaxLength(100);
            e.Property(x => x.DomainId).HasColumnName("domain_id");
            e.HasOne(x => x.Domain).WithMany(d => d.Tenants).HasForeignKey(x => x.DomainId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Mailbox>(e =>
        {
            e.ToTable("mail_mailbox");
            e.Property(x => x.Id).HasColumnName("id");
            e.Property(x => x.DomainId).HasColumnName("domain_id");
            e.HasOne(x => x.Domain).WithMany().HasForeignKey(x => x.DomainId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.LocalPart).HasColumnName("local_part").UseCollation("NOCASE").HasMaxLength(64);
            e.Property(x => x.Email).HasColumnName("email").UseCollation("NOCASE").HasMaxLength(320);
            e.HasIndex(x => x.Email).IsUnique();
            e.Property(x => x.DisplayName).HasColumnName("display_name").HasMaxLength(200);
            e.Property(x => x.AccountId).HasColumnName("account_id").HasMaxLength(64);
            e.HasIndex(x => x.AccountId).IsUnique();
            e.Property(x => x.TenantName).HasColumnName("tenant_name").HasMaxLength(100);
            e.HasIndex(x => x.TenantName);
            e.Property(x => x.PasswordHash).HasColumnName("password_hash").HasMaxLength(200);
            e.Property(x => x.QuotaBytes).HasColumnName("quota_bytes");
            e.Property(x => x.IsActive).HasColumnName("active");
            e.Property(x => x.AutoReply).HasColumnName("auto_reply");
            e.Property(x => x.AutoReplySubject).HasColumnName("auto_reply_subject").HasMaxLength(200);
            e.Property(x => x.AutoReplyText).HasColumnName("auto_reply_text").HasMaxLength(4000);
            e.Property(x => x.ForwardTo).HasColumnName("forward_to").HasMaxLength(320);
            e.Property(x => x.AppPasswordsOnly).HasColumnName("app_passwords_only");
            e.Property(x => x.CreatedUtc).HasColumnName("created_utc");
            e.Property(x => x.DisabledUtc).HasColumnName("disabled_utc");
            e.Property(x => x.LastWebmailUtc).HasColumnName("last_webmail_utc");
        });
        modelBuilder.Entity<MailAlias>(e =>
        {
            e.ToTable("mail_alias");
            e.Property(x => x.Id).HasColumnName("id");
            e.Property(x => x.DomainId).HasColumnName("domain_id");
            e.HasOne<MailDomain>().WithMany().HasForeignKey(x => x.DomainId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Address).HasColumnName("address").UseCollation("NOCASE").HasMaxLength(320);
            e.Property(x => x.Destination).HasColumnName("destination").UseCollation("NOCASE").HasMaxLength(320);
            e.HasIndex(x => new { x.Address, x.Destination }).IsUnique();
            e.HasIndex(x => x.Destination);
            e.Property(x => x.IsActive).HasColumnName("active");
            e.Property(x => x.Kind).HasColumnName("kind");
            e.Property(x => x.ListId).HasColumnName("list_id");
            e.HasOne<MailList>().WithMany().HasForeignKey(x => x.ListId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.CreatedUtc).HasColumnName("created_utc");
        });
        modelBuilder.Entity<MailList>(e =>
        {
            e.ToTable("mail_list");
            e.Property(x => x.Id).HasColumnName("id");
            e.Property(x => x.DomainId).HasColumnName("domain_id");
            e.HasOne<MailDomain>().WithMany().HasForeignKey(x => x.DomainId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Address).HasColumnName("address").UseCollation("NOCASE").HasMaxLength(320);
            e.HasIndex(x => x.Address).IsUnique();
            e.Property(x => x.Name).HasColumnName("name").HasMaxLength(200);
            e.Property(x => x.Kind).HasColumnName("kind");
            e.Property(x => x.TenantName).HasColumnName("tenant_name").HasMaxLength(100);
            e.Property(x => x.UnitId).HasColumnName("unit_id").HasMaxLength(100);
            e.HasIndex(x => new { x.TenantName, x.UnitId });
            e.Property(x => x.CreatedUtc).HasColumnName("created_utc");
        });
        modelBuilder.Entity<MailSendAs>(e =>
        {
            e.ToTable("mail_send_as");
            e.Property(x => x.Id).HasColumnName("id");
            e.Property(x => x.Address).HasColumnName("address").UseCollation("NOCASE").HasMaxLength(320);
            e.Property(x => x.MailboxId).HasColumnName("mailbox_id");
            e.HasOne<Mailbox>().WithMany().HasForeignKey(x => x.MailboxId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.Address, x.MailboxId }).IsUnique();
            e.Property(x => x.CreatedUtc).HasColumnName("created_utc");
        });
        modelBuilder.Entity<MailAppPassword>(e =>
        {
            e.ToTable("mail_app_password");
            e.Property(x => x.Id).HasColumnName("id");
            e.Property(x => x.MailboxId).HasColumnName("mailbox_id");
            e.HasOne<Mailbox>().WithMany(m => m.AppPasswords).HasForeignKey(x => x.MailboxId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Slot).HasColumnName("slot");
            e.HasIndex(x => new { x.MailboxId, x.Slot }).IsUnique();
            e.Property(x => x.Name).HasColumnName("name").HasMaxLength(100);
            e.Property(x => x.PasswordHash).HasColumnName("password_hash").HasMaxLength(200);
            e.Property(x => x.CreatedUtc).HasColumnName("created_utc");
        });
    }
}
