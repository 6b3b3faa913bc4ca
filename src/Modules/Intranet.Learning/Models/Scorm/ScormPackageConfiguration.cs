using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intranet.Learning.Models.Scorm;

internal sealed class ScormPackageConfiguration : IEntityTypeConfiguration<ScormPackage>
{
    public void Configure(EntityTypeBuilder<ScormPackage> e)
    {
        e.ToTable("Learning_ScormPackages");
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.Folder).HasMaxLength(64);
        e.Property(x => x.LaunchPath).HasMaxLength(300);
        e.Property(x => x.LaunchParameters).HasMaxLength(1000);
        e.Property(x => x.LaunchData).HasMaxLength(4096);
        e.Property(x => x.UploadedBy).HasMaxLength(64);
        e.Property(x => x.MasteryScore).HasPrecision(7, 4);
        e.Property(x => x.ScaledPassingScore).HasPrecision(7, 4);
        e.Property(x => x.CompletionThreshold).HasPrecision(7, 4);
        e.HasIndex(x => x.CourseId);
        e.HasOne<Course>().WithMany().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}
