using System.Net.Http.Json;
using Intranet.AuditTrail.Services;
using Intranet.Core.Data;
using Intranet.Core.Staff;
using Intranet.Core.Tenants;
using Intranet.Hr.Models;
using Intranet.Hr.Services;
using Intranet.StaffDirectory.Models;
using Intranet.StaffDirectory.Services;
using Intranet.Testing;
using Intranet.Users.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Tests.Transfers;

/// <summary>
/// One host with two HR departments (A and B) and the province feature on, a host HR officer (TransferHrRecords,
/// ViewHrRollups), a province reader (ViewHrRollups + ViewProvinceHrRecords) and a department HR officer of A.
/// People are seeded through each module's own services; the tests read each module's tables to check the outcome.
/// </summary>
public sealed class ProvinceHarness : IAsyncLifetime
{
    public const string Password = "ngựa-xanh-chạy-trên-đồi-7";

    private static readonly string[] DepartmentFeatures = [HrFeatures.Department];

    private static readonly string[] ProvinceFeatures = [HrFeatures.Province];

    private static readonly string[] ReaderPermissions = ["ViewHrRollups", "ViewProvinceHrRecords"];

    public HrProvinceFactory Factory { get; } = new();

    public string A { get; } = ApiClientExtensions.NewTenantName("hra");

    public string B { get; } = ApiClientExtensions.NewTenantName("hrb");

    public string HostOfficer { get; } = $"tccb.{Guid.NewGuid():N}"[..13] + "@tinh.test";

    public string ProvinceReader { get; } = $"doc.{Guid.NewGuid():N}"[..12] + "@tinh.test";

    public string DepartmentOfficer { get; } = $"hr.{Guid.NewGuid():N}"[..11] + "@so.test";

    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Admin = await Factory.CreateAdminApiClientAsync();
        foreach (var name in new[] { A, B })
        {
            await Admin.CreateTenantAsync(name);
            (await Admin.PostAsJsonAsync($"/api/tenants/{name}/features", new { enable = DepartmentFeatures })).EnsureSuccessStatusCode();
        }

        (await Admin.PostAsJsonAsync($"/api/tenants/{Tenant.DefaultName}/features", new { enable = ProvinceFeatures })).EnsureSuccessStatusCode();
        (await Admin.PutAsJsonAsync("/api/roles/ProvinceHrReader", new { description = "Đọc hồ sơ các đơn vị", permissions = ReaderPermissions })).EnsureSuccessStatusCode();
        await CreateAccountAsync(HostOfficer, Tenant.DefaultName, "HrOfficer");
        await CreateAccountAsync(ProvinceReader, Tenant.DefaultName, "ProvinceHrReader");
        await CreateAccountAsync(DepartmentOfficer, A, "HrOfficer");
    }

    public Task DisposeAsync()
    {
        Admin.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public Tenant TenantOf(string name) => Factory.Services.GetRequiredService<ITenantRegistry>().Table.FindByName(name)!;

    public Task<HttpClient> ClientAsync(string email) => Factory.CreateApiClientAsync(email, Password);

    public async Task<string> CreateAccountAsync(string email, string home, params string[] roles) =>
        await AsHostAsync(sp => sp.GetRequiredService<AccountChanges>().RunAsync(async manager =>
        {
            var account = await manager.CreateAsync(email, "Cán bộ " + email[..4], home, Password, mustChangePassword: false);
            await manager.SetMembershipAsync(account, home, roles);
            return account.Id;
        }));

    /// <summary>A person of department <paramref name="tenant"/>: account, directory entry, and a record with history and a scan.</summary>
    public async Task<SeededPerson> SeedPersonAsync(string tenant, string personalId, Action<StaffRecord>? configure = null)
    {
        var email = $"cb.{Guid.NewGuid():N}"[..11] + "@so.test";
        var accountId = await CreateAccountAsync(email, tenant, "Member");
        var directory = Factory.Services.GetRequiredService<DirectoryTransaction>();
        var person = await directory.RunAsync(TenantOf(tenant), s => s.CreatePersonAsync(new PersonInput { FullName = "Nguyễn Văn Chuyển", Email = email, AccountId = accountId, Mobile = "0912345678" }));
        var scanId = "qd-" + Guid.NewGuid().ToString("N")[..10];
        var folder = Path.Combine(Factory.AppData, "Sites", tenant, "hr", "scans");
        System.IO.Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, scanId + ".pdf"), "%PDF-1.4 quyết định");
        var recordId = await InTenantAsync(tenant, async db =>
        {
            var record = new StaffRecord
            {
                PersonalId = personalId, FullName = "Nguyễn Văn Chuyển", Sex = StaffSex.Male, BirthDate = new DateOnly(1985, 3, 12),
                AccountId = accountId, DirectoryPersonId = person.Id, Email = email, RecruitedOn = new DateOnly(2010, 9, 1),
            };
            record.Salary.Add(new SalaryEntry { RankCode = "01.003", ScaleCode = "A1", Step = 3, Coefficient = 3.00m, StepSince = new DateOnly(2019, 9, 1), EffectiveFrom = new DateOnly(2019, 9, 1) });
            record.Salary.Add(new SalaryEntry { RankCode = "01.003", ScaleCode = "A1", Step = 4, Coefficient = 3.33m, StepSince = new DateOnly(2022, 9, 1), EffectiveFrom = new DateOnly(2022, 9, 1), Decision = new Decision { Number = "12/QĐ-SNV", ScanId = scanId, ScanFileName = "qd.pdf" } });
            record.Postings.Add(new PostingEntry { EffectiveFrom = new DateOnly(2010, 9, 1), UnitName = "Phòng Tổng hợp", JobPosition = "Chuyên viên" });
            record.Ratings.Add(new RatingEntry { EffectiveFrom = new DateOnly(2025, 12, 31), Year = 2025, Rating = Rating.Good });
            record.Family.Add(new FamilyMember { Relation = "Vợ", FullName = "Trần Thị Lan", BirthYear = 1987 });
            configure?.Invoke(record);
            db.Records.Add(record);
            await db.SaveChangesAsync();
            return record.Id;
        });
        await RaiseAsync(tenant, new StaffInfo(tenant, recordId, "Nguyễn Văn Chuyển", accountId, person.Id, StaffStatus.Active, StaffSex.Male,
            new DateOnly(1985, 3, 12), "01.003", null, null, "Phòng Tổng hợp", "Chuyên viên", null, null), StaffChange.Created);
        return new SeededPerson(tenant, personalId, recordId, accountId, email, person.Id, scanId);
    }

    /// <summary>What the records service does after a write: the one sender (work-list dates, then every HR event handler — the roll-up's projection among them).</summary>
    public async Task RaiseAsync(string tenant, StaffInfo info, StaffChange change)
    {
        using var entered = Factory.Services.GetRequiredService<ITenantAccessor>().Enter(TenantOf(tenant));
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StaffRecordEvents>().RaiseAsync(scope.ServiceProvider.GetRequiredService<HrDbContext>(), info, change, default);
    }

    public async Task<T> InTenantAsync<T>(string tenant, Func<HrDbContext, Task<T>> work)
    {
        using var entered = Factory.Services.GetRequiredService<ITenantAccessor>().Enter(TenantOf(tenant));
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<HrDbContext>());
    }

    public Task<StaffRecord?> RecordAsync(string tenant, string personalId) =>
        InTenantAsync(tenant, db => db.Records.AsNoTracking().Include(r => r.Salary).Include(r => r.Postings).Include(r => r.Ratings).Include(r => r.Family)
            .FirstOrDefaultAsync(r => r.PersonalId == personalId));

    public Task<(string Home, bool Enabled, List<string> Tenants)> AccountAsync(string accountId) =>
        AsHostAsync(async sp =>
        {
            var db = sp.GetRequiredService<UsersDbContext>();
            var account = await db.Users.AsNoTracking().FirstAsync(a => a.Id == accountId);
            var tenants = await db.Memberships.AsNoTracking().Where(m => m.AccountId == accountId).Select(m => m.TenantName).OrderBy(t => t).ToListAsync();
            return (account.HomeTenant, account.IsEnabled, tenants);
        });

    public Task<List<Person>> DirectoryPeopleAsync(string tenant, string email) =>
        Factory.Services.GetRequiredService<TenantDirectoryReader>().ReadAsync(TenantOf(tenant), db => db.People.AsNoTracking().Where(p => p.Email == email).ToListAsync());

    public async Task<List<string>> AuditActionsAsync(string tenant, string category)
    {
        using var entered = Factory.Services.GetRequiredService<ITenantAccessor>().Enter(TenantOf(tenant));
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        return await db.Entries.AsNoTracking().Where(e => e.Category == category).Select(e => e.Action).ToListAsync();
    }

    public bool ScanExists(string tenant, string scanId) =>
        File.Exists(Path.Combine(Factory.AppData, "Sites", tenant, "hr", "scans", scanId + ".pdf"));

    private async Task<T> AsHostAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        var services = Factory.Services;
        using var entered = services.GetRequiredService<ITenantAccessor>().Enter(services.GetRequiredService<IHostTenantProvider>().Host);
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
