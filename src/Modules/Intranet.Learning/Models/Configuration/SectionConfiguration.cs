using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intranet.Learning.Models.Configuration;

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> e)
    {
        e.ToTable("Learning_Sections");
        e.Property(s => s.Title).HasMaxLength(300);
        e.HasIndex(s => new { s.CourseId, s.Position });
        e.HasMany(s => s.Lessons).WithOne().HasForeignKey(l => l.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
