using Intranet.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intranet.Hr.Models;

/// <summary>The personnel records of one department, in the department's own database.</summary>
public sealed class HrDbContext : ModuleDbContext
{
    public HrDbContext(DbContextOptions<HrDbContext> options)
        : base(options)
    {
    }

    public DbSet<StaffRecord> Records => Set<StaffRecord>();

    public DbSet<SalaryEntry> Salary => Set<SalaryEntry>();

    public DbSet<AllowanceEntry> Allowances => Set<AllowanceEntry>();

    public DbSet<PostingEntry> Postings => Set<PostingEntry>();

    public DbSet<RatingEntry> Ratings => Set<RatingEntry>();

    public DbSet<AwardEntry> Awards => Set<AwardEntry>();

    public DbSet<DisciplineEntry> Disciplines => Set<DisciplineEntry>();

    public DbSet<QualificationEntry> Qualifications => Set<QualificationEntry>();

    public DbSet<HistoryEntry> History => Set<HistoryEntry>();

    public DbSet<FamilyMember> Family => Set<FamilyMember>();

    public DbSet<PoliticalMembership> Political => Set<PoliticalMembership>();

    public DbSet<AssetDeclaration> Assets => Set<AssetDeclaration>();

    public DbSet<HealthCheck> Health => Set<HealthCheck>();

    public DbSet<CorrectionRequest> Corrections => Set<CorrectionRequest>();

    public DbSet<DraftDecision> Drafts => Set<DraftDecision>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StaffRecord>(e =>
        {
            e.ToTable("Hr_Records");
            e.Property(r => r.PersonalId).HasMaxLength(12);
            e.HasIndex(r => r.PersonalId).IsUnique();
            e.Property(r => r.FullName).HasMaxLength(150);
            e.Property(r => r.AccountId).HasMaxLength(64);
            e.HasIndex(r => r.AccountId);
            e.HasIndex(r => r.Status);
            // The work lists' range queries (computed dates kept by WorkDates, and the entered end dates), after the
            // status: "on staff (two statuses) and date ≤ X" is then a seek per status. On the date alone SQLite picks
            // the status index and walks every on-staff record.
            e.HasIndex(r => new { r.Status, r.NextStepDue });
            e.HasIndex(r => new { r.Status, r.RetirementOn });
            e.HasIndex(r => new { r.Status, r.ProbationEndsOn });
            e.HasIndex(r => new { r.Status, r.ContractEndsOn });
            e.HasIndex(r => r.DatesStamp);
            e.Property(r => r.DatesStamp).HasMaxLength(80);
            foreach (var name in new[] { nameof(StaffRecord.StaffNumber), nameof(StaffRecord.FormerIdNumber), nameof(StaffRecord.SocialInsuranceNumber), nameof(StaffRecord.HealthInsuranceNumber), nameof(StaffRecord.Phone), nameof(StaffRecord.EthnicityCode), nameof(StaffRecord.ReligionCode) })
            {
                e.Property(name).HasMaxLength(40);
            }

            e.Property(r => r.Email).HasMaxLength(254);
            Children(e, r => r.Salary);
            Children(e, r => r.Allowances);
            Children(e, r => r.Postings);
            Children(e, r => r.Ratings);
            Children(e, r => r.Awards);
            Children(e, r => r.Disciplines);
            Children(e, r => r.Qualifications);
            Children(e, r => r.History);
            Children(e, r => r.Family);
            Children(e, r => r.Political);
            Children(e, r => r.Assets);
            Children(e, r => r.Health);
        });
        Career<SalaryEntry>(modelBuilder, "Hr_Salary").Property(s => s.Coefficient).HasPrecision(6, 2);
        Career<AllowanceEntry>(modelBuilder, "Hr_Allowances");
        Career<PostingEntry>(modelBuilder, "Hr_Postings");
        Career<RatingEntry>(modelBuilder, "Hr_Ratings");
        Career<AwardEntry>(modelBuilder, "Hr_Awards");
        Career<DisciplineEntry>(modelBuilder, "Hr_Disciplines");
        Career<QualificationEntry>(modelBuilder, "Hr_Qualifications");
        modelBuilder.Entity<HistoryEntry>().ToTable("Hr_History").HasIndex(h => h.RecordId);
        modelBuilder.Entity<FamilyMember>().ToTable("Hr_Family").HasIndex(f => f.RecordId);
        modelBuilder.Entity<PoliticalMembership>().ToTable("Hr_Political").HasIndex(p => p.RecordId);
        modelBuilder.Entity<AssetDeclaration>().ToTable("Hr_Assets").HasIndex(a => a.RecordId);
        modelBuilder.Entity<HealthCheck>().ToTable("Hr_Health").HasIndex(h => h.RecordId);
        modelBuilder.Entity<CorrectionRequest>(e =>
        {
            e.ToTable("Hr_Corrections");
            e.HasIndex(c => new { c.Status, c.RecordId });
            e.HasOne<StaffRecord>().WithMany().HasForeignKey(c => c.RecordId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DraftDecision>(e =>
        {
            e.ToTable("Hr_Drafts");
            e.HasIndex(d => new { d.Status, d.RecordId });
            e.OwnsOne(d => d.Decision, Decision);
            e.HasOne<StaffRecord>().WithMany().HasForeignKey(d => d.RecordId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void Children<T>(EntityTypeBuilder<StaffRecord> record, System.Linq.Expressions.Expression<Func<StaffRecord, IEnumerable<T>?>> children)
        where T : class =>
        record.HasMany(children).WithOne().HasForeignKey("RecordId").OnDelete(DeleteBehavior.Cascade);

    // One table per kind of fact (not one generic table) so work lists and "as of" queries are plain indexed SQL.
    private static EntityTypeBuilder<T> Career<T>(ModelBuilder modelBuilder, string table)
        where T : CareerEntry
    {
        var e = modelBuilder.Entity<T>();
        e.ToTable(table);
        e.HasIndex(c => new { c.RecordId, c.EffectiveFrom });
        e.OwnsOne(c => c.Decision, Decision);
        return e;
    }

    private static void Decision<T>(OwnedNavigationBuilder<T, Decision> d)
        where T : class
    {
        d.Property(x => x.Number).HasColumnName("DecisionNumber").HasMaxLength(60);
        d.Property(x => x.SignedOn).HasColumnName("DecisionSignedOn");
        d.Property(x => x.Signer).HasColumnName("DecisionSigner").HasMaxLength(150);
        d.Property(x => x.ScanId).HasColumnName("DecisionScanId").HasMaxLength(64);
        d.Property(x => x.ScanFileName).HasColumnName("DecisionScanFileName").HasMaxLength(200);
    }
}
