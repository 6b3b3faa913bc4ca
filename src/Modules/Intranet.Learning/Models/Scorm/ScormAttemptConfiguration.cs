using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intranet.Learning.Models.Scorm;

internal sealed class ScormAttemptConfiguration : IEntityTypeConfiguration<ScormAttempt>
{
    public void Configure(EntityTypeBuilder<ScormAttempt> e)
    {
        e.ToTable("Learning_ScormAttempts");
        e.Ignore(x => x.TotalSeconds);
        e.Property(x => x.Completion).HasMaxLength(20);
        e.Property(x => x.Success).HasMaxLength(20);
        e.Property(x => x.Location).HasMaxLength(1000);
        e.Property(x => x.Exit).HasMaxLength(20);
        // Decimals are stored as text by SQLite's provider; precision documents the range.
        e.Property(x => x.ScoreRaw).HasPrecision(12, 4);
        e.Property(x => x.ScoreMin).HasPrecision(12, 4);
        e.Property(x => x.ScoreMax).HasPrecision(12, 4);
        e.Property(x => x.ScoreScaled).HasPrecision(7, 4);
        e.Property(x => x.ScorePercent).HasPrecision(5, 2);
        e.Property(x => x.PreviousSeconds).HasPrecision(14, 2);
        e.Property(x => x.LaunchSeconds).HasPrecision(14, 2);
        // One attempt per learner and lesson: a relaunch resumes it.
        e.HasIndex(x => new { x.EnrolmentId, x.LessonId }).IsUnique();
        e.HasOne<Enrolment>().WithMany().HasForeignKey(x => x.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Lesson>().WithMany().HasForeignKey(x => x.LessonId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<ScormPackage>().WithMany().HasForeignKey(x => x.PackageId).OnDelete(DeleteBehavior.Cascade);
    }
}
