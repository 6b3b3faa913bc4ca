using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intranet.Learning.Models.Certs;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> e)
    {
        e.ToTable("Learning_Certificates");
        e.Property(x => x.Serial).HasMaxLength(32);
        e.Property(x => x.CourseTenant).HasMaxLength(64);
        e.Property(x => x.AccountId).HasMaxLength(64);
        e.Property(x => x.HolderName).HasMaxLength(200);
        e.Property(x => x.TenantName).HasMaxLength(64);
        e.Property(x => x.CourseTitle).HasMaxLength(300);
        e.Property(x => x.ItModules).HasMaxLength(200);
        e.Property(x => x.RevokedBy).HasMaxLength(64);
        e.Property(x => x.RevocationReason).HasMaxLength(1000);
        e.HasIndex(x => x.Serial).IsUnique();

        // One certificate per completed enrolment, whatever runs the completion twice.
        e.HasIndex(x => x.EnrolmentId).IsUnique();
        e.HasIndex(x => new { x.AccountId, x.CourseId });
        e.HasIndex(x => new { x.ValidUntil, x.ReminderSentUtc });
        e.HasOne<Enrolment>().WithMany().HasForeignKey(x => x.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
