using Intranet.Learning.Models;
using Intranet.Learning.Services;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Tests.Services;

/// <summary>The one door for progress: the best state stays, and the course completes once, announced once.</summary>
public sealed class LessonOutcomesTests : IClassFixture<IntranetFactory>
{
    private readonly IntranetFactory _factory;

    public LessonOutcomesTests(IntranetFactory factory) => _factory = factory;

    [Fact]
    public async Task A_course_completes_when_every_required_lesson_is_done_and_a_worse_later_outcome_does_not_undo_it()
    {
        _ = _factory.Server;
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningDbContext>();
        var course = new Course { Title = "Chuẩn kỹ năng CNTT cơ bản", ItModules = "IU01,IU02", Status = CourseStatus.Published, CreatedBy = "test" };
        var section = new Section { Title = "Phần 1", Position = 1 };
        course.Sections.Add(section);
        db.Courses.Add(course);
        await db.SaveChangesAsync();
        var text = new Lesson { CourseId = course.Id, SectionId = section.Id, Title = "Máy tính là gì", Kind = LessonKind.Text, Position = 1 };
        var quiz = new Lesson { CourseId = course.Id, SectionId = section.Id, Title = "Kiểm tra", Kind = LessonKind.Quiz, Position = 2 };
        var optional = new Lesson { CourseId = course.Id, SectionId = section.Id, Title = "Đọc thêm", Kind = LessonKind.Text, Position = 3, Required = false };
        db.Lessons.AddRange(text, quiz, optional);
        var enrolment = new Enrolment { CourseId = course.Id, AccountId = "acc-1", DisplayName = "Nguyễn Văn An", EnrolledBy = "test" };
        db.Enrolments.Add(enrolment);
        await db.SaveChangesAsync();

        var outcomes = scope.ServiceProvider.GetRequiredService<ILessonOutcomes>();
        Assert.False(await outcomes.RecordAsync(enrolment.Id, text.Id, new LessonOutcome(Completed: true)));
        Assert.False(await outcomes.RecordAsync(enrolment.Id, quiz.Id, new LessonOutcome(Completed: true, Passed: false, ScorePercent: 40)));
        Assert.True(await outcomes.RecordAsync(enrolment.Id, quiz.Id, new LessonOutcome(Completed: true, Passed: true, ScorePercent: 80)));
        Assert.False(await outcomes.RecordAsync(enrolment.Id, quiz.Id, new LessonOutcome(Completed: false, Passed: false, ScorePercent: 30)));

        var saved = await db.Enrolments.AsNoTracking().Include(e => e.Progress).SingleAsync(e => e.Id == enrolment.Id);
        Assert.Equal(EnrolmentStatus.Completed, saved.Status);
        Assert.NotNull(saved.CompletedUtc);
        var quizProgress = saved.Progress.Single(p => p.LessonId == quiz.Id);
        Assert.True(quizProgress.Completed);
        Assert.True(quizProgress.Passed);
    }
}
