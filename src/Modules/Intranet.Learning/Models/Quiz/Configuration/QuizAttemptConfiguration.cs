using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intranet.Learning.Models.Quiz.Configuration;

internal sealed class QuizAttemptConfiguration : IEntityTypeConfiguration<QuizAttempt>
{
    public void Configure(EntityTypeBuilder<QuizAttempt> e)
    {
        e.ToTable("Learning_QuizAttempts");
        e.Property(a => a.AccountId).HasMaxLength(64);
        e.Property(a => a.DisplayName).HasMaxLength(200);
        e.Property(a => a.TenantName).HasMaxLength(64);
        e.Property(a => a.ScorePercent).HasPrecision(7, 3);
        // One number per learner and quiz: two tabs starting at once cannot both be attempt 2.
        e.HasIndex(a => new { a.QuizId, a.EnrolmentId, a.Number }).IsUnique();
        e.HasIndex(a => new { a.LessonId, a.State });
        e.HasOne<QuizDefinition>().WithMany().HasForeignKey(a => a.QuizId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Enrolment>().WithMany().HasForeignKey(a => a.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(a => a.Items).WithOne().HasForeignKey(i => i.AttemptId).OnDelete(DeleteBehavior.Cascade);
    }
}
