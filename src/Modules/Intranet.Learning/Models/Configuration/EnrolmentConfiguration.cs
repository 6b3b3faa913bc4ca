using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intranet.Learning.Models.Configuration;

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> e)
    {
        e.ToTable("Learning_Enrolments");
        e.Property(x => x.AccountId).HasMaxLength(64);
        e.Property(x => x.DisplayName).HasMaxLength(200);
        e.Property(x => x.TenantName).HasMaxLength(64);
        e.Property(x => x.EnrolledBy).HasMaxLength(64);
        // One enrolment per person and course: a re-enrolment reactivates it, so completions count people.
        e.HasIndex(x => new { x.CourseId, x.AccountId }).IsUnique();
        e.HasIndex(x => new { x.AccountId, x.Status });
        e.HasIndex(x => new { x.TenantName, x.CourseId });
        e.HasOne<Course>().WithMany().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Progress).WithOne().HasForeignKey(p => p.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
