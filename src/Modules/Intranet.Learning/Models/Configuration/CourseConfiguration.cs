using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intranet.Learning.Models.Configuration;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> e)
    {
        e.ToTable("Learning_Courses");
        e.Property(c => c.OwnerTenant).HasMaxLength(64);
        e.Property(c => c.Title).HasMaxLength(300);
        e.Property(c => c.TitleFolded).HasMaxLength(300);
        e.Property(c => c.DescriptionMarkdown).HasMaxLength(20_000);
        e.Property(c => c.CoverImagePath).HasMaxLength(300);
        e.Property(c => c.ItModules).HasMaxLength(200);
        e.Property(c => c.CreatedBy).HasMaxLength(64);
        e.HasIndex(c => new { c.OwnerTenant, c.Status });
        e.HasMany(c => c.Trainers).WithOne().HasForeignKey(t => t.CourseId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Prerequisites).WithOne().HasForeignKey(p => p.CourseId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(c => c.Sections).WithOne().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}
