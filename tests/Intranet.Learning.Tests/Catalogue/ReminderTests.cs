using Intranet.Core.Accounts;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Catalogue;
using Intranet.Learning.Services.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Tests.Catalogue;

/// <summary>Due-date reminders and the weekly digest go once, however often the job runs.</summary>
public sealed class ReminderTests : IClassFixture<CatalogueFixture>
{
    private readonly CatalogueFixture _f;

    public ReminderTests(CatalogueFixture fixture) => _f = fixture;

    [Fact]
    public async Task A_learner_due_in_seven_days_gets_one_reminder_and_one_digest_and_a_second_run_sends_nothing()
    {
        _ = _f.Factory.Server;
        var today = new DateOnly(2031, 3, 10);
        int enrolmentId;
        string accountId;
        await using (var scope = _f.Factory.Services.CreateAsyncScope())
        {
            var account = await scope.ServiceProvider.GetRequiredService<IAccountDirectory>().FindByEmailAsync(_f.Email("hv", _f.A));
            accountId = account!.Id;
            var db = scope.ServiceProvider.GetRequiredService<LearningDbContext>();
            var course = new Course { Title = "Khóa có hạn", ItModules = "IU04", Status = CourseStatus.Published, CreatedBy = "t" };
            db.Courses.Add(course);
            await db.SaveChangesAsync();
            var enrolment = new Enrolment { CourseId = course.Id, AccountId = accountId, DisplayName = "Nguyễn Thị Học", TenantName = _f.A, DueOn = today.AddDays(7), EnrolledBy = "t" };
            db.Enrolments.Add(enrolment);
            await db.SaveChangesAsync();
            enrolmentId = enrolment.Id;
        }

        var job = _f.Factory.Services.GetRequiredService<LearningReminderJob>();
        Assert.True(await job.RunAsync(today) >= 2);
        Assert.Equal(0, await job.RunAsync(today));

        await using var check = _f.Factory.Services.CreateAsyncScope();
        var keys = await check.ServiceProvider.GetRequiredService<LearningDbContext>().Set<ReminderSent>().Select(r => r.Key).ToListAsync();
        Assert.Contains($"due:{enrolmentId}:7", keys);
        Assert.Contains($"digest:{accountId}:2031-W11", keys);
    }
}
