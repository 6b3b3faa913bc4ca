using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intranet.Learning.Models.Quiz.Configuration;

internal sealed class QuizDefinitionConfiguration : IEntityTypeConfiguration<QuizDefinition>
{
    public void Configure(EntityTypeBuilder<QuizDefinition> e)
    {
        e.ToTable("Learning_Quizzes");
        e.Property(q => q.Title).HasMaxLength(300);
        e.Property(q => q.Intro).HasMaxLength(5_000);
        e.Property(q => q.Category).HasMaxLength(300);
        e.Property(q => q.PassPercent).HasPrecision(5, 2);
        e.HasIndex(q => q.CourseId);
        e.HasOne<Course>().WithMany().HasForeignKey(q => q.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}
