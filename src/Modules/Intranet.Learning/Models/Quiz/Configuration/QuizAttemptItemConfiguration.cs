using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intranet.Learning.Models.Quiz.Configuration;

internal sealed class QuizAttemptItemConfiguration : IEntityTypeConfiguration<QuizAttemptItem>
{
    public void Configure(EntityTypeBuilder<QuizAttemptItem> e)
    {
        e.ToTable("Learning_QuizAttemptItems");
        e.Property(i => i.QuestionJson).HasMaxLength(100_000);
        e.Property(i => i.ResponseJson).HasMaxLength(20_000);
        e.Property(i => i.Fraction).HasPrecision(9, 6);
        e.HasIndex(i => new { i.AttemptId, i.Slot }).IsUnique();
        e.HasIndex(i => i.QuestionId);
    }
}
