using System.Security.Claims;
using Intranet.Core.Accounts;
using Intranet.Core.Data;
using Intranet.Core.OrgUnits;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.StaffDirectory.Models;
using Intranet.StaffDirectory.Services;
using Intranet.Search.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Intranet.StaffDirectory.Tests;

/// <summary>
/// The directory's real services on real SQLite files and a real Lucene index in a fresh temporary App_Data, for
/// two departments. Only the Users module's answers (who is a member where, which accounts exist) are faked.
/// </summary>
public sealed class DirectoryHarness : IAsyncDisposable
{
    public static readonly string[] AllFeatures = [DirectoryFeatures.Department, "Intranet.Search"];

    public DirectoryHarness()
    {
        AppData = Path.Combine(Path.GetTempPath(), "intranet-directory-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(AppData);
        Host = new Tenant { Name = Tenant.DefaultName, DisplayName = "Tỉnh Bình An", State = TenantState.Running, EnabledFeatures = new HashSet<string> { DirectoryFeatures.Province, "Intranet.Search" } };
        SoA = Department("so-a", "Sở Tài chính");
        SoB = Department("so-b", "Sở Y tế");
        Registry = new TestRegistry(new TenantTable(Host, [SoA, SoB]));
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<DataOptions>(o => o.AppDataPath = AppData);
        services.AddSingleton<IHostEnvironment>(new Env());
        services.AddSingleton<TenantPaths>();
        services.AddSingleton<ITenantAccessor, TestTenantAccessor>();
        services.AddSingleton<IDatabaseProvider, SqliteDatabaseProvider>();
        services.AddSingleton<DatabaseProviders>();
        services.AddScoped<DataTransactionScope>();
        services.AddSingleton<ITenantRegistry>(Registry);
        services.AddSingleton<SearchIndexManager>();
        services.AddSingleton<SearchIndexRebuilder>();
        services.AddSingleton(Members);
        services.AddSingleton<IPermissionChecker>(Members);
        services.AddSingleton(Accounts);
        services.AddSingleton<IAccountDirectory>(Accounts);
        services.AddSingleton(Events);
        services.AddSingleton<IOrgUnitEventHandler>(Events);
        new Startup().ConfigureServices(services);
        Services = services.BuildServiceProvider();
    }

    public string AppData { get; }

    public Tenant Host { get; }

    public Tenant SoA { get; private set; }

    public Tenant SoB { get; }

    public TestRegistry Registry { get; }

    public TestPermissions Members { get; } = new();

    public TestAccounts Accounts { get; } = new();

    public RecordingOrgUnitEvents Events { get; } = new();

    public ServiceProvider Services { get; }

    public ProvinceIndex Index => Services.GetRequiredService<ProvinceIndex>();

    public static ClaimsPrincipal User(string email, string? accountId = null) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, accountId ?? email), new Claim(ClaimTypes.Email, email)], "Test"));

    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());

    /// <summary>Applies the directory migrations to both departments' databases.</summary>
    public async Task<DirectoryHarness> InitAsync()
    {
        foreach (var tenant in new[] { SoA, SoB })
        {
            await Services.GetRequiredService<TenantDirectoryReader>().ReadAsync(tenant, async db =>
            {
                await db.Database.MigrateAsync();
                return 0;
            });
        }

        return this;
    }

    /// <summary>One change in one transaction, as the controllers make it.</summary>
    public Task<T> ChangeAsync<T>(Tenant tenant, Func<DirectoryStore, Task<T>> change) =>
        Services.GetRequiredService<DirectoryTransaction>().RunAsync(tenant, change);

    public async Task<Person> AddPersonAsync(Tenant tenant, string name, string? email = null, string? unit = null, Action<PersonInputBuilder>? configure = null)
    {
        var builder = new PersonInputBuilder { Input = new PersonInput { FullName = name, Email = email ?? Guid.NewGuid().ToString("N")[..10] + "@test.gov.vn", UnitId = unit } };
        configure?.Invoke(builder);
        return await ChangeAsync(tenant, s => s.CreatePersonAsync(builder.Input));
    }

    /// <summary>Runs reader-facing code (the province pages' service) in a fresh request-like scope.</summary>
    public async Task<T> AsReaderAsync<T>(Func<ProvinceDirectory, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ProvinceDirectory>());
    }

    public Task<List<string>> NamesAsync(string query, ClaimsPrincipal? user = null, bool typeahead = true) =>
        AsReaderAsync(async d => (await d.SearchAsync(user ?? Reader, query, 20, typeahead)).Items.Select(i => i.FullName).ToList());

    /// <summary>A reader who may read the directory and is a member of no department.</summary>
    public ClaimsPrincipal Reader { get; } = User("doc-gia@tinh.test");

    public void SetFeatures(Tenant tenant, params string[] features)
    {
        SoA = tenant with { EnabledFeatures = new HashSet<string>(features) };
        Registry.Table = new TenantTable(Host, [SoA, SoB]);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(AppData, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static Tenant Department(string name, string display) => new()
    {
        Name = name,
        DisplayName = display,
        RequestUrlPrefix = name,
        State = TenantState.Running,
        EnabledFeatures = new HashSet<string>(AllFeatures),
    };

    private sealed class Env : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "Tests";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
