using System.Net.Http.Json;
using Intranet.Core.Accounts;
using Intranet.Core.Tenants;
using Intranet.Learning.Models;
using Intranet.Learning.Services;
using Intranet.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Tests.Certs;

/// <summary>
/// Learning on at the host; two departments with department learning on. In A: a learner whose name has every kind of
/// Vietnamese diacritic, a trainer, an HR officer and a plain member; in B: an HR officer.
/// </summary>
public sealed class CertsFixture : IAsyncLifetime
{
    public const string Password = "Mat-khau-thu-nghiem-2026!";
    public const string LearnerName = "Trần Thị Ánh Tuyết Hường";

    public CertsFactory Factory { get; } = new();

    public string SoA { get; } = ApiClientExtensions.NewTenantName("lc-a");

    public string SoB { get; } = ApiClientExtensions.NewTenantName("lc-b");

    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Admin = await Factory.CreateAdminApiClientAsync();
        var host = Factory.Services.GetRequiredService<ITenantRegistry>().Table.Host.Name;
        var enabled = await Admin.PostAsJsonAsync($"/api/tenants/{host}/features", new { enable = new[] { LearningFeatures.Province } });
        Assert.True(enabled.IsSuccessStatusCode, await enabled.Content.ReadAsStringAsync());
        await ImportAsync(SoA, "Sở Giáo dục", $$"""
            {"name":"accounts","accounts":[
              {"email":"hv@A.test","fullName":"{{LearnerName}}","roles":["Member"],"home":true,"password":"PASSWORD"},
              {"email":"gv@A.test","fullName":"Lê Văn Giảng","roles":["Trainer"],"home":true,"password":"PASSWORD"},
              {"email":"hr@A.test","fullName":"Phạm Văn Tổ","roles":["HrOfficer"],"home":true,"password":"PASSWORD"},
              {"email":"nv@A.test","fullName":"Đỗ Thị Khác","roles":["Member"],"home":true,"password":"PASSWORD"}]}
            """.Replace("@A.test", "@" + SoA + ".test", StringComparison.Ordinal));
        await ImportAsync(SoB, "Sở Y tế", """
            {"name":"accounts","accounts":[{"email":"hr@B.test","fullName":"Lê Văn Bê","roles":["HrOfficer"],"home":true,"password":"PASSWORD"}]}
            """.Replace("@B.test", "@" + SoB + ".test", StringComparison.Ordinal));
    }

    public string Email(string local, string tenant) => $"{local}@{tenant}.test";

    public Task<HttpClient> ApiAsync(string local, string tenant) => Factory.CreateApiClientAsync(Email(local, tenant), Password);

    public async Task<HttpClient> BrowserAsync(string local, string tenant)
    {
        var browser = Factory.CreateBrowserClient();
        await browser.SignInAsync(Email(local, tenant), Password);
        return browser;
    }

    public async Task<string> AccountIdAsync(string local, string tenant)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<IAccountDirectory>().FindByEmailAsync(Email(local, tenant));
        return account!.Id;
    }

    /// <summary>A published course of department A (trainer gv@A) with one required lesson, and the learner enrolled.</summary>
    public async Task<(Course Course, Lesson Lesson, Enrolment Enrolment)> CourseWithLearnerAsync(string title, int? validMonths)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningDbContext>();
        var course = new Course
        {
            OwnerTenant = SoA,
            Title = title,
            TitleFolded = title,
            ItModules = "IU01,IU02,IU03",
            Status = CourseStatus.Published,
            CertificateValidMonths = validMonths,
            CreatedBy = "test",
        };
        course.Trainers.Add(new CourseTrainer { AccountId = await AccountIdAsync("gv", SoA), DisplayName = "Lê Văn Giảng" });
        var section = new Section { Title = "Phần 1", Position = 1 };
        course.Sections.Add(section);
        db.Courses.Add(course);
        await db.SaveChangesAsync();
        var lesson = new Lesson { CourseId = course.Id, SectionId = section.Id, Title = "Máy tính và mạng", Kind = LessonKind.Text, Position = 1 };
        db.Lessons.Add(lesson);
        var enrolment = new Enrolment
        {
            CourseId = course.Id,
            AccountId = await AccountIdAsync("hv", SoA),
            DisplayName = LearnerName,
            TenantName = SoA,
            EnrolledBy = "test",
        };
        db.Enrolments.Add(enrolment);
        await db.SaveChangesAsync();
        return (course, lesson, enrolment);
    }

    /// <summary>Completes the enrolment through the one door for progress; returns whether it completed the course.</summary>
    public async Task<bool> CompleteAsync(Enrolment enrolment, Lesson lesson)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ILessonOutcomes>().RecordAsync(enrolment.Id, lesson.Id, new LessonOutcome(Completed: true));
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        await Factory.DisposeAsync();
    }

    private async Task ImportAsync(string name, string displayName, string steps)
    {
        var recipe = $$"""
            {"name":"test-{{name}}","displayName":"{{displayName}}","steps":[
              {"name":"feature","enable":["{{LearningFeatures.Department}}"]},
              {{steps.Replace("PASSWORD", Password, StringComparison.Ordinal)}}]}
            """;
        var response = await Admin.PostAsync($"/api/tenants/import?name={name}&displayName={Uri.EscapeDataString(displayName)}",
            new StringContent(recipe, System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"import {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
