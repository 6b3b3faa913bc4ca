using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intranet.Learning.Models.Configuration;

internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> e)
    {
        e.ToTable("Learning_Lessons");
        e.Property(l => l.Title).HasMaxLength(300);
        e.Property(l => l.BodyMarkdown).HasMaxLength(200_000);
        e.Property(l => l.FilePath).HasMaxLength(300);
        e.Property(l => l.FileContentType).HasMaxLength(100);
        e.HasIndex(l => new { l.CourseId, l.SectionId, l.Position });
        e.HasIndex(l => new { l.Kind, l.ContentId });
    }
}
