using Intranet.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Learning.Models;

/// <summary>
/// Every learning record of the province, in the host database (tables <c>Learning_*</c>). Each part of the module
/// (catalogue, SCORM, quizzes, certificates) maps its own entities with an <see cref="IEntityTypeConfiguration{T}"/>
/// in its folder, picked up here, so the parts stay apart in code and share one migration history.
/// </summary>
public sealed class LearningDbContext : ModuleDbContext
{
    public LearningDbContext(DbContextOptions<LearningDbContext> options)
        : base(options)
    {
    }

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<Section> Sections => Set<Section>();

    public DbSet<Lesson> Lessons => Set<Lesson>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<LessonProgress> Progress => Set<LessonProgress>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LearningDbContext).Assembly);
}
