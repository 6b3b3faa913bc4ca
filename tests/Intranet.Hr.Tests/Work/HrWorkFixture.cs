using System.Net.Http.Json;
using Intranet.Core.Accounts;
using Intranet.Core.Staff;
using Intranet.Core.Tenants;
using Intranet.Hr.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Tests.Work;

/// <summary>
/// The whole host in process with two departments (HR on) imported through the public API: in each an HR officer,
/// in A also a civil servant with an account. Records are written straight into a department's database, since
/// this part reads them and the record pages are another part's.
/// </summary>
public class HrWorkFixture : IAsyncLifetime
{
    public const string Password = "Mat-khau-thu-nghiem-2026!";

    public HrWorkFixture()
        : this(new IntranetFactory())
    {
    }

    protected HrWorkFixture(IntranetFactory factory) => Factory = factory;

    public IntranetFactory Factory { get; }

    public string SoA { get; } = ApiClientExtensions.NewTenantName("hr-a");

    public string SoB { get; } = ApiClientExtensions.NewTenantName("hr-b");

    public HttpClient Admin { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Admin = await Factory.CreateAdminApiClientAsync();
        await ImportAsync(SoA, "Sở Nội vụ", $$"""
            {"name":"accounts","accounts":[
              {"email":"{{Email("tccb", SoA)}}","fullName":"Phạm Thu Trang","roles":["HrOfficer"],"home":true,"password":"PASSWORD"},
              {"email":"{{Email("an", SoA)}}","fullName":"Nguyễn Văn An","roles":["Member"],"home":true,"password":"PASSWORD"}]}
            """);
        await ImportAsync(SoB, "Sở Y tế", $$"""
            {"name":"accounts","accounts":[
              {"email":"{{Email("tccb", SoB)}}","fullName":"Lê Minh Tâm","roles":["HrOfficer"],"home":true,"password":"PASSWORD"}]}
            """);
    }

    public static string Email(string local, string tenant) => $"{local}@{tenant}.test";

    public Task<HttpClient> ClientAsync(string local, string tenant) => Factory.CreateApiClientAsync(Email(local, tenant), Password);

    public async Task<string> AccountIdAsync(string email)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<IAccountDirectory>().FindByEmailAsync(email);
        return account?.Id ?? throw new InvalidOperationException("no account " + email);
    }

    /// <summary>Runs code against a department's HR database, outside any request.</summary>
    public async Task<T> InDepartmentAsync<T>(string tenantName, Func<HrDbContext, Task<T>> work)
    {
        var tenant = Factory.Services.GetRequiredService<ITenantRegistry>().Table.FindByName(tenantName) ?? throw new InvalidOperationException(tenantName);
        using (Factory.Services.GetRequiredService<ITenantAccessor>().Enter(tenant))
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            return await work(scope.ServiceProvider.GetRequiredService<HrDbContext>());
        }
    }

    /// <summary>Runs a service of this part (work lists…) in the department, as a request would.</summary>
    public async Task<T> WithServiceAsync<TService, T>(string tenantName, Func<TService, Task<T>> work)
        where TService : notnull
    {
        var tenant = Factory.Services.GetRequiredService<ITenantRegistry>().Table.FindByName(tenantName) ?? throw new InvalidOperationException(tenantName);
        using (Factory.Services.GetRequiredService<ITenantAccessor>().Enter(tenant))
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            return await work(scope.ServiceProvider.GetRequiredService<TService>());
        }
    }

    /// <summary>A record with a salary row (scale A1, rank 01.003 unless told), on staff.</summary>
    public Task<StaffRecord> AddRecordAsync(string tenant, string name, Action<StaffRecord>? configure = null, int step = 3, DateOnly? stepSince = null, string scale = "A1", int exceeding = 0) =>
        InDepartmentAsync(tenant, async db =>
        {
            var record = new StaffRecord
            {
                PersonalId = NewPersonalId(),
                FullName = name,
                Sex = StaffSex.Male,
                BirthDate = new DateOnly(1985, 4, 12),
                Status = StaffStatus.Active,
                CreatedUtc = DateTime.UtcNow,
                UpdatedUtc = DateTime.UtcNow,
            };
            configure?.Invoke(record);
            if (stepSince is { } since)
            {
                var scaleInfo = Intranet.Hr.Rules.SalaryTables.Shipped.FindScale(scale)!;
                record.Salary.Add(new SalaryEntry
                {
                    RankCode = scale == "A1" ? "01.003" : "01.005",
                    ScaleCode = scale,
                    Step = step,
                    Coefficient = scaleInfo.CoefficientOf(step),
                    ExceedingPercent = exceeding,
                    StepSince = since,
                    EffectiveFrom = since,
                    Kind = SalaryChangeKind.Assignment,
                    Decision = new Decision { Number = "01/QĐ-TEST", SignedOn = since, Signer = "Giám đốc" },
                });
            }

            db.Records.Add(record);
            await db.SaveChangesAsync();
            await RefreshDatesAsync(db, record.Id);
            return record;
        });

    /// <summary>Adds a row; a career row's record gets its work-list dates recomputed, as every write path does (StaffRecordEvents).</summary>
    public Task<int> AddAsync<TEntry>(string tenant, TEntry entry)
        where TEntry : class =>
        InDepartmentAsync(tenant, async db =>
        {
            db.Add(entry);
            var saved = await db.SaveChangesAsync();
            if (entry is CareerEntry row)
            {
                await RefreshDatesAsync(db, row.RecordId);
            }

            return saved;
        });

    private Task<int> RefreshDatesAsync(HrDbContext db, int recordId) =>
        new Intranet.Hr.Services.Work.WorkDates(Factory.Services).RefreshAsync(db, [recordId], default);

    /// <summary>The actions of this department's audit entries about a record (the chain lives in the department's database).</summary>
    public Task<List<string>> AuditActionsAsync(string tenant, string subjectPrefix) =>
        InDepartmentAsync(tenant, db => db.Database
            .SqlQueryRaw<string>("SELECT Category || '/' || Action || ' ' || COALESCE(Details, '') AS Value FROM AuditEntries WHERE Subject LIKE {0} ORDER BY Id", subjectPrefix + "%")
            .ToListAsync());

    private static int _next = 100_000;

    /// <summary>A well-formed, unique 12-digit personal ID (Hà Nội code 001, century digit for men born 1900s).</summary>
    public static string NewPersonalId() => "001085" + Interlocked.Increment(ref _next).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private async Task ImportAsync(string name, string displayName, string steps)
    {
        var recipe = $$"""
            {"name":"test-{{name}}","displayName":"{{displayName}}","steps":[
              {"name":"feature","enable":["Intranet.Directory","Intranet.Hr"]},
              {{steps.Replace("PASSWORD", Password, StringComparison.Ordinal)}}]}
            """;
        var response = await Admin.PostAsync($"/api/tenants/import?name={name}&displayName={Uri.EscapeDataString(displayName)}",
            new StringContent(recipe, System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"import {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public virtual async Task DisposeAsync()
    {
        Admin.Dispose();
        await Factory.DisposeAsync();
    }
}
