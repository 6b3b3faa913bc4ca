using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intranet.Learning.Models.Configuration;

internal sealed class CourseTrainerConfiguration : IEntityTypeConfiguration<CourseTrainer>
{
    public void Configure(EntityTypeBuilder<CourseTrainer> e)
    {
        e.ToTable("Learning_CourseTrainers");
        e.HasKey(t => new { t.CourseId, t.AccountId });
        e.Property(t => t.AccountId).HasMaxLength(64);
        e.Property(t => t.DisplayName).HasMaxLength(200);
        e.HasIndex(t => t.AccountId);
    }
}
