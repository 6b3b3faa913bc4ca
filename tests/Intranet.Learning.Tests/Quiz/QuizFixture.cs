using System.Net.Http.Json;
using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Intranet.Learning.Models;
using Intranet.Testing;
using Intranet.Users.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Tests.Quiz;

/// <summary>
/// The host with Learning on, two departments (A, B), a province learner, a trainer of A and a member of B.
/// Courses, sections and enrolments are written straight into <see cref="LearningDbContext"/>.
/// </summary>
public sealed class QuizFixture : IAsyncLifetime
{
    public const string Password = "ngựa-xanh-chạy-trên-đồi-7";

    public IntranetFactory Factory { get; } = new();

    public string A { get; } = ApiClientExtensions.NewTenantName("qa");

    public string B { get; } = ApiClientExtensions.NewTenantName("qb");

    public HttpClient Admin { get; private set; } = null!;

    public string LearnerEmail { get; } = $"hv.{Guid.NewGuid():N}"[..11] + "@tinh.test";

    public string LearnerId { get; private set; } = "";

    public string TrainerA { get; } = $"gv.{Guid.NewGuid():N}"[..11] + "@so.test";

    public string MemberB { get; } = $"nv.{Guid.NewGuid():N}"[..11] + "@so.test";

    public string MemberBId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Admin = await Factory.CreateAdminApiClientAsync();
        (await Admin.PostAsJsonAsync($"/api/tenants/{Tenant.DefaultName}/features", new { enable = new[] { LearningFeatures.Province } })).EnsureSuccessStatusCode();
        await Admin.CreateTenantAsync(A);
        await Admin.CreateTenantAsync(B);
        LearnerId = await CreateAccountAsync(LearnerEmail, Tenant.DefaultName, "Member");
        await CreateAccountAsync(TrainerA, A, "Trainer");
        MemberBId = await CreateAccountAsync(MemberB, B, "Member");
    }

    public Task DisposeAsync()
    {
        Admin.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public Task<HttpClient> ClientAsync(string email) => Factory.CreateApiClientAsync(email, Password);

    /// <summary>A published course (province when <paramref name="owner"/> is null) with one section; returns (course, section).</summary>
    public Task<(int Course, int Section)> CourseAsync(string? owner = null) => DbAsync(async db =>
    {
        var course = new Course { Title = "Chuẩn kỹ năng CNTT cơ bản", OwnerTenant = owner, ItModules = "IU01", Status = CourseStatus.Published, CreatedBy = "test" };
        var section = new Section { Title = "Phần 1", Position = 1 };
        course.Sections.Add(section);
        db.Courses.Add(course);
        await db.SaveChangesAsync();
        return (course.Id, section.Id);
    });

    public Task<int> EnrolAsync(int courseId, string accountId, string? tenant = null) => DbAsync(async db =>
    {
        var enrolment = new Enrolment { CourseId = courseId, AccountId = accountId, DisplayName = "Nguyễn Văn Học", TenantName = tenant, EnrolledBy = "test" };
        db.Enrolments.Add(enrolment);
        await db.SaveChangesAsync();
        return enrolment.Id;
    });

    public async Task<T> DbAsync<T>(Func<LearningDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<LearningDbContext>());
    }

    public async Task<T> ServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private async Task<string> CreateAccountAsync(string email, string home, params string[] roles)
    {
        var services = Factory.Services;
        using var entered = services.GetRequiredService<ITenantAccessor>().Enter(services.GetRequiredService<IHostTenantProvider>().Host);
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountChanges>().RunAsync(async manager =>
        {
            var account = await manager.CreateAsync(email, "Cán bộ " + email[..4], home, Password, mustChangePassword: false);
            await manager.SetMembershipAsync(account, home, roles);
            return account.Id;
        });
    }
}
