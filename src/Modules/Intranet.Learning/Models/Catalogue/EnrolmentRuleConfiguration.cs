using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intranet.Learning.Models.Catalogue;

internal sealed class EnrolmentRuleConfiguration : IEntityTypeConfiguration<EnrolmentRule>
{
    public void Configure(EntityTypeBuilder<EnrolmentRule> e)
    {
        e.ToTable("Learning_EnrolmentRules");
        e.Property(r => r.TenantName).HasMaxLength(64).IsRequired();
        e.Property(r => r.RankCode).HasMaxLength(20);
        e.Property(r => r.UnitId).HasMaxLength(100);
        e.Property(r => r.CreatedBy).HasMaxLength(64);
        e.HasIndex(r => r.TenantName);
        e.HasIndex(r => r.CourseId);
    }
}
