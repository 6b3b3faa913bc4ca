using Intranet.Core.Staff;
using Intranet.Core.Tenants;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Catalogue;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Tests.Catalogue;

/// <summary>
/// Rules on HR data are re-evaluated on every HR change of a person: a promotion into the rule's rank enrols, a
/// transfer moves the enrolment's department, someone already trained in the course's modules is left alone.
/// </summary>
public sealed class EnrolmentRuleTests : IClassFixture<CatalogueFixture>
{
    private readonly CatalogueFixture _f;

    public EnrolmentRuleTests(CatalogueFixture fixture) => _f = fixture;

    [Fact]
    public async Task A_promotion_into_the_rank_enrols_and_a_transfer_moves_the_enrolment_to_the_new_department()
    {
        var courseId = await ProvinceCourseWithRuleAsync("IU01,IU02,IU03,IU04,IU05,IU06");
        var accountId = "acc-" + Guid.NewGuid().ToString("N")[..8];

        await RaiseAsync(Record(_f.A, accountId, "01.004"), StaffChange.Created);
        Assert.Null(await EnrolmentAsync(courseId, accountId));

        await RaiseAsync(Record(_f.A, accountId, "01.003"), StaffChange.CareerChanged);
        var enrolled = await EnrolmentAsync(courseId, accountId);
        Assert.NotNull(enrolled);
        Assert.Equal(EnrolmentSource.Rule, enrolled.Source);
        Assert.Equal(_f.A, enrolled.TenantName);
        Assert.NotNull(enrolled.DueOn);

        await RaiseAsync(Record(_f.B, accountId, "01.003"), StaffChange.TransferredIn);
        var moved = await EnrolmentAsync(courseId, accountId);
        Assert.Equal(_f.B, moved!.TenantName);
        Assert.Equal(enrolled.Id, moved.Id);
    }

    [Fact]
    public async Task A_person_already_trained_in_every_module_of_the_course_is_not_enrolled_by_a_rule()
    {
        var accountId = "acc-" + Guid.NewGuid().ToString("N")[..8];
        await InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LearningDbContext>();
            var done = new Course { Title = "Khóa đã học", ItModules = "IU01,IU02", Status = CourseStatus.Published, CreatedBy = "t" };
            db.Courses.Add(done);
            await db.SaveChangesAsync();
            db.Enrolments.Add(new Enrolment { CourseId = done.Id, AccountId = accountId, DisplayName = "Đã học", TenantName = _f.A, Status = EnrolmentStatus.Completed, CompletedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        var courseId = await ProvinceCourseWithRuleAsync("IU01,IU02");

        await RaiseAsync(Record(_f.A, accountId, "01.003"), StaffChange.Updated);
        Assert.Null(await EnrolmentAsync(courseId, accountId));
    }

    private static StaffInfo Record(string tenant, string accountId, string rank) =>
        new(tenant, 1, "Phạm Thị Quy", accountId, null, StaffStatus.Active, StaffSex.Female, new DateOnly(1990, 1, 1), rank, null, "phong-a", "Phòng A", null, null, null);

    private async Task<int> ProvinceCourseWithRuleAsync(string modules) =>
        await InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LearningDbContext>();
            var course = new Course { Title = "CNTT cơ bản " + Guid.NewGuid().ToString("N")[..4], ItModules = modules, Status = CourseStatus.Published, CreatedBy = "t" };
            db.Courses.Add(course);
            await db.SaveChangesAsync();
            db.Add(new EnrolmentRule { CourseId = course.Id, TenantName = _f.A, RankCode = "01.003", DueDays = 60, CreatedBy = "t" });
            db.Add(new EnrolmentRule { CourseId = course.Id, TenantName = _f.B, RankCode = "01.003", DueDays = 60, CreatedBy = "t" });
            await db.SaveChangesAsync();
            return course.Id;
        });

    private Task<Enrolment?> EnrolmentAsync(int courseId, string accountId) =>
        InScopeAsync(sp => sp.GetRequiredService<LearningDbContext>().Enrolments.AsNoTracking().FirstOrDefaultAsync(e => e.CourseId == courseId && e.AccountId == accountId));

    private async Task RaiseAsync(StaffInfo record, StaffChange change)
    {
        var tenant = _f.Factory.Services.GetRequiredService<ITenantRegistry>().Table.FindByName(record.TenantName)!;
        using var entered = _f.Factory.Services.GetRequiredService<ITenantAccessor>().Enter(tenant);
        await InScopeAsync(async sp =>
        {
            foreach (var handler in sp.GetServices<IStaffRecordEventHandler>())
            {
                await handler.RecordChangedAsync(record, change, default);
            }

            return 0;
        });
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        _ = _f.Factory.Server;
        await using var scope = _f.Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private Task<int> InScopeAsync(Func<IServiceProvider, Task> work) => InScopeAsync(async sp =>
    {
        await work(sp);
        return 0;
    });
}
