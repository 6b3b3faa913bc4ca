using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intranet.Learning.Models.Catalogue;

internal sealed class ReminderSentConfiguration : IEntityTypeConfiguration<ReminderSent>
{
    public void Configure(EntityTypeBuilder<ReminderSent> e)
    {
        e.ToTable("Learning_RemindersSent");
        e.Property(r => r.Key).HasMaxLength(200).IsRequired();
        e.HasIndex(r => r.Key).IsUnique();
    }
}
