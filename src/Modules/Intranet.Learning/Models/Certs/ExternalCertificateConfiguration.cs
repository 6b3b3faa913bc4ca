using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intranet.Learning.Models.Certs;

internal sealed class ExternalCertificateConfiguration : IEntityTypeConfiguration<ExternalCertificate>
{
    public void Configure(EntityTypeBuilder<ExternalCertificate> e)
    {
        e.ToTable("Learning_ExternalCertificates");
        e.Property(x => x.AccountId).HasMaxLength(64);
        e.Property(x => x.HolderName).HasMaxLength(200);
        e.Property(x => x.TenantName).HasMaxLength(64);
        e.Property(x => x.Number).HasMaxLength(64);
        e.Property(x => x.Issuer).HasMaxLength(300);
        e.Property(x => x.ItModules).HasMaxLength(200);
        e.Property(x => x.ScanFile).HasMaxLength(100);
        e.Property(x => x.ScanContentType).HasMaxLength(50);
        e.Property(x => x.RecordedBy).HasMaxLength(64);
        e.HasIndex(x => new { x.TenantName, x.IssuedOn });
        e.HasIndex(x => x.AccountId);
    }
}
