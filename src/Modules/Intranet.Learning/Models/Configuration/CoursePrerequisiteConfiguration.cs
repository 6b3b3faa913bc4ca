using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intranet.Learning.Models.Configuration;

internal sealed class CoursePrerequisiteConfiguration : IEntityTypeConfiguration<CoursePrerequisite>
{
    public void Configure(EntityTypeBuilder<CoursePrerequisite> e)
    {
        e.ToTable("Learning_CoursePrerequisites");
        e.HasKey(p => new { p.CourseId, p.RequiredCourseId });
        e.HasOne<Course>().WithMany().HasForeignKey(p => p.RequiredCourseId).OnDelete(DeleteBehavior.Restrict);
    }
}
