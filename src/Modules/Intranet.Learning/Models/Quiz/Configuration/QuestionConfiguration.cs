using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intranet.Learning.Models.Quiz.Configuration;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Question> e)
    {
        e.ToTable("Learning_Questions");
        e.Property(q => q.Category).HasMaxLength(300);
        e.Property(q => q.Name).HasMaxLength(300);
        e.Property(q => q.Text).HasMaxLength(20_000);
        e.Property(q => q.GeneralFeedback).HasMaxLength(5_000);
        e.Property(q => q.WrongFeedback).HasMaxLength(5_000);
        e.Property(q => q.RightFeedback).HasMaxLength(5_000);
        e.Property(q => q.OutcomeCodes).HasMaxLength(300);
        e.Property(q => q.CreatedBy).HasMaxLength(64);
        e.Property(q => q.Mark).HasPrecision(9, 4);
        e.Ignore(q => q.IsGraded);

        // The answers live with their question (never queried on their own), as JSON.
        e.Property(q => q.Options)
            .HasColumnName("OptionsJson")
            .HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                v => JsonSerializer.Deserialize<List<QuestionOption>>(v, Json) ?? new List<QuestionOption>(),
                new ValueComparer<List<QuestionOption>>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
                    v => JsonSerializer.Deserialize<List<QuestionOption>>(JsonSerializer.Serialize(v, Json), Json)!));
        e.HasIndex(q => new { q.CourseId, q.Category });
        e.HasOne<Course>().WithMany().HasForeignKey(q => q.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}
