using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intranet.Learning.Models.Configuration;

internal sealed class LessonProgressConfiguration : IEntityTypeConfiguration<LessonProgress>
{
    public void Configure(EntityTypeBuilder<LessonProgress> e)
    {
        e.ToTable("Learning_LessonProgress");
        e.HasKey(p => new { p.EnrolmentId, p.LessonId });
        e.Property(p => p.ScorePercent).HasPrecision(5, 2);
        e.HasOne<Lesson>().WithMany().HasForeignKey(p => p.LessonId).OnDelete(DeleteBehavior.Cascade);
    }
}
