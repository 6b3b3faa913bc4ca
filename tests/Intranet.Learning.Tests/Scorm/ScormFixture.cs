using System.Net.Http.Headers;
using Intranet.Core.Accounts;
using Intranet.Core.Tenants;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Scorm;
using Intranet.Learning.Services.Scorm;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intranet.Learning.Tests.Scorm;

/// <summary>
/// One host served by Kestrel for every SCORM test: the learning feature on at the host, two departments (A with a
/// trainer and learners, B with a trainer and a member) imported through the public API. Courses, sections and
/// enrolments are written straight into <see cref="LearningDbContext"/> (the catalogue is another part's).
/// </summary>
public sealed class ScormFixture : IAsyncLifetime
{
    public const string Password = "Mat-khau-thu-nghiem-2026!";

    /// <summary>Packages above this are refused here (the default, 200 MB, is too big to send in a test).</summary>
    public const long TestMaxPackageBytes = 3 * 1024 * 1024;

    public ServedIntranetFactory Factory { get; } = new();

    public string DeptA { get; } = ApiClientExtensions.NewTenantName("hoc-a");

    public string DeptB { get; } = ApiClientExtensions.NewTenantName("hoc-b");

    public Uri BaseAddress { get; private set; } = null!;

    public static string Email(string local, string tenant) => $"{local}@{tenant}.test";

    public async Task InitializeAsync()
    {
        Factory.StartServer();
        using (var probe = Factory.CreateClient())
        {
            BaseAddress = probe.BaseAddress!;
        }

        var host = Factory.Services.GetRequiredService<ITenantRegistry>().Table.Host;
        await Factory.Services.GetRequiredService<IFeatureManager>().EnableAsync(host, [LearningFeatures.Province]);
        Factory.Services.GetRequiredService<IOptions<ScormOptions>>().Value.MaxPackageBytes = TestMaxPackageBytes;

        using var admin = await Factory.CreateAdminApiClientAsync();
        await ImportAsync(admin, DeptA, "Sở Thông tin và Truyền thông", "trainer", "an", "binh", "chi", "dung");
        await ImportAsync(admin, DeptB, "Sở Tài chính", "trainer", "em");
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>A browser context on the served host, in Vietnamese.</summary>
    public Task<Microsoft.Playwright.IBrowserContext> Browser(Microsoft.Playwright.IBrowser browser) =>
        browser.NewContextAsync(new Microsoft.Playwright.BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "vi-VN" });

    /// <summary>A client signed in with the session cookie, as the browser is.</summary>
    public async Task<HttpClient> SignInAsync(string local, string tenant)
    {
        var client = BrowserClient();
        await client.SignInAsync(Email(local, tenant), Password);
        return client;
    }

    /// <summary>A cookie-keeping client that does not follow redirects, on the served host's address.</summary>
    public HttpClient BrowserClient() =>
        Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = BaseAddress });

    /// <summary>A client with a bearer token (no antiforgery needed), as a script is.</summary>
    public Task<HttpClient> ApiClientAsync(string local, string tenant) => Factory.CreateApiClientAsync(Email(local, tenant), Password);

    public async Task<T> DbAsync<T>(Func<LearningDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<LearningDbContext>());
    }

    /// <summary>A published course of the department (or the province when null) with one section.</summary>
    public Task<(Course Course, Section Section)> CreateCourseAsync(string? ownerTenant, string title = "Kỹ năng CNTT cơ bản") =>
        DbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var course = new Course { OwnerTenant = ownerTenant, Title = title, TitleFolded = title.ToLowerInvariant(), Status = CourseStatus.Published, ItModules = "IU01", CreatedBy = "test", CreatedUtc = now, UpdatedUtc = now };
            var section = new Section { Title = "Phần 1", Position = 1 };
            course.Sections.Add(section);
            db.Courses.Add(course);
            await db.SaveChangesAsync();
            return (course, section);
        });

    public async Task<Enrolment> EnrolAsync(int courseId, string local, string tenant)
    {
        string accountId;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            accountId = (await scope.ServiceProvider.GetRequiredService<IAccountDirectory>().FindByEmailAsync(Email(local, tenant)))?.Id
                ?? throw new InvalidOperationException("no account " + local);
        }

        return await DbAsync(async db =>
        {
            var enrolment = new Enrolment { CourseId = courseId, AccountId = accountId, DisplayName = "Nguyễn Văn " + local, TenantName = tenant, EnrolledBy = "test", EnrolledUtc = DateTime.UtcNow };
            db.Enrolments.Add(enrolment);
            await db.SaveChangesAsync();
            return enrolment;
        });
    }

    /// <summary>Adds a package as a lesson through the store (what the upload page does), for tests about playing it.</summary>
    public Task<(ScormPackage Package, Lesson Lesson)> AddPackageAsync(int courseId, int sectionId, byte[] zip, string? title = null) =>
        WithServiceAsync<ScormPackageStore, (ScormPackage, Lesson)>(store => store.AddAsync(new ScormUpload(new MemoryStream(zip), courseId, sectionId, title, "test"), default));

    public async Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<ScormAttempt?> AttemptAsync(int enrolmentId, int lessonId) =>
        DbAsync(db => db.Set<ScormAttempt>().AsNoTracking().FirstOrDefaultAsync(a => a.EnrolmentId == enrolmentId && a.LessonId == lessonId));

    public Task<LessonProgress?> ProgressAsync(int enrolmentId, int lessonId) =>
        DbAsync(db => db.Progress.AsNoTracking().FirstOrDefaultAsync(p => p.EnrolmentId == enrolmentId && p.LessonId == lessonId));

    /// <summary>The folders of stored packages (to see that a refused upload left none).</summary>
    public string[] PackageFolders()
    {
        var root = Path.Combine(Factory.AppData, "Learning", "Scorm");
        return System.IO.Directory.Exists(root) ? System.IO.Directory.GetDirectories(root) : [];
    }

    public static MultipartFormDataContent Upload(byte[] zip, int sectionId, string fileName = "goi.zip", string? title = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(sectionId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "sectionId");
        if (title is not null)
        {
            form.Add(new StringContent(title), "title");
        }

        return form;
    }

    private static async Task ImportAsync(HttpClient admin, string name, string displayName, string trainer, params string[] members)
    {
        var accounts = new[] { $$"""{"email":"{{Email(trainer, name)}}","fullName":"Trần Thị Giảng","roles":["Trainer"],"home":true,"password":"{{Password}}"}""" }
            .Concat(members.Select(m => $$"""{"email":"{{Email(m, name)}}","fullName":"Nguyễn Văn {{m}}","roles":["Member"],"home":true,"password":"{{Password}}"}"""));
        var recipe = $$"""
            {"name":"test-{{name}}","displayName":"{{displayName}}","steps":[
              {"name":"feature","enable":["{{LearningFeatures.Department}}"]},
              {"name":"accounts","accounts":[{{string.Join(",", accounts)}}]}]}
            """;
        var response = await admin.PostAsync($"/api/tenants/import?name={name}&displayName={Uri.EscapeDataString(displayName)}",
            new StringContent(recipe, System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"import {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
