using Intranet.Core.Data;
using Intranet.Core.Modules;
using Intranet.Core.Recipes;
using Intranet.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Intranet.Core.Tests.Data;

/// <summary>A recipe's steps commit together or not at all, across the tenant's and the host's SQLite files.</summary>
public sealed class RecipeTransactionTests : IAsyncLifetime
{
    private readonly string _appData = Path.Combine(Path.GetTempPath(), "intranet-core-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;
    private readonly Tenant _tenant = new() { Name = "so-a", DisplayName = "Sở A", RequestUrlPrefix = "so-a", State = TenantState.Initializing, EnabledFeatures = new HashSet<string> { "Notes" } };

    public RecipeTransactionTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(_appData));
        services.Configure<DataOptions>(o => o.AppDataPath = _appData);
        services.AddSingleton<ITenantAccessor, TenantAccessor>();
        services.AddSingleton<TenantPaths>();
        services.AddSingleton<IHostTenantProvider, HostTenantProvider>();
        services.AddSingleton<IDatabaseProvider, SqliteDatabaseProvider>();
        services.AddSingleton<DatabaseProviders>();
        services.AddScoped<DataTransactionScope>();
        services.AddSingleton<ITenantDataMigrator, EnsureCreatedMigrator>();
        services.AddSingleton(new ModuleCatalog([]));
        services.AddScoped<RecipeExecutor>();
        services.AddTenantDbContext<NoteDbContext>("Notes");
        services.AddHostDbContext<HostNoteDbContext>("Notes");
        services.AddRecipeStep<NoteStepHandler>();
        _services = services.BuildServiceProvider();
    }

    [Fact]
    public async Task Execute_AllStepsSucceed_CommitsToBothDatabases()
    {
        await RunAsync("""{ "name": "r", "steps": [ { "name": "note", "text": "một" }, { "name": "note", "text": "hai" } ] }""");

        Assert.Equal(["hai", "một"], await TenantNotesAsync());
        Assert.Equal(["host:hai", "host:một"], await HostNotesAsync());
    }

    [Fact]
    public async Task Execute_LaterStepFails_LeavesNothingInEitherDatabase()
    {
        var ex = await Assert.ThrowsAsync<RecipeException>(() =>
            RunAsync("""{ "name": "r", "steps": [ { "name": "note", "text": "một" }, { "name": "note", "text": "hai", "fail": true } ] }"""));

        Assert.Contains("Bước 2", ex.Message);
        Assert.Empty(await TenantNotesAsync());
        Assert.Empty(await HostNotesAsync());
    }

    [Fact]
    public async Task Execute_UnknownStep_IsRefusedBeforeAnythingRuns()
    {
        var ex = await Assert.ThrowsAsync<RecipeException>(() =>
            RunAsync("""{ "name": "r", "steps": [ { "name": "note", "text": "một" }, { "name": "khong-co" } ] }"""));

        Assert.Contains("khong-co", ex.Message);
        Assert.Contains("note", ex.Message); // lists the steps that exist
        Assert.Empty(await TenantNotesAsync());
    }

    [Fact]
    public async Task Execute_InvalidStepData_IsRefusedWithTheStepNumber()
    {
        var ex = await Assert.ThrowsAsync<RecipeException>(() => RunAsync("""{ "name": "r", "steps": [ { "name": "note" } ] }"""));
        Assert.Contains("Bước 1", ex.Message);
        Assert.Contains("text", ex.Message);
    }

    public Task InitializeAsync() => _services.GetRequiredService<ITenantDataMigrator>().MigrateAsync(_tenant);

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(_appData, recursive: true);
    }

    [Fact]
    public async Task AfterCommit_RunsOnceTheSharedTransactionCommits_NeverOnRollback_AndAtOnceOutsideAScope()
    {
        var ran = 0;
        await using (var scope = _services.CreateAsyncScope())
        {
            var transaction = scope.ServiceProvider.GetRequiredService<DataTransactionScope>();
            transaction.Begin();
            using var enter = scope.ServiceProvider.GetRequiredService<ITenantAccessor>().Enter(_tenant);
            var db = scope.ServiceProvider.GetRequiredService<NoteDbContext>();
            db.Notes.Add(new Note { Text = "ghi nhận" });
            await db.SaveChangesAsync();
            DataTransactionScope.AfterCommit(db, () => ran++);
            Assert.Equal(0, ran);
            await transaction.CommitAsync();
            Assert.Equal(1, ran);
        }

        await using (var scope = _services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<DataTransactionScope>().Begin();
            using var enter = scope.ServiceProvider.GetRequiredService<ITenantAccessor>().Enter(_tenant);
            var db = scope.ServiceProvider.GetRequiredService<NoteDbContext>();
            db.Notes.Add(new Note { Text = "bỏ" });
            await db.SaveChangesAsync();
            DataTransactionScope.AfterCommit(db, () => ran++);
        } // disposed without a commit: rolled back

        Assert.Equal(1, ran);
        Assert.Equal(["ghi nhận"], await TenantNotesAsync());

        await using (var scope = _services.CreateAsyncScope())
        {
            using var enter = scope.ServiceProvider.GetRequiredService<ITenantAccessor>().Enter(_tenant);
            DataTransactionScope.AfterCommit(scope.ServiceProvider.GetRequiredService<NoteDbContext>(), () => ran++);
            Assert.Equal(2, ran);
        }
    }

    private async Task RunAsync(string json)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(json), _tenant);
    }

    private async Task<List<string>> TenantNotesAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        using var enter = scope.ServiceProvider.GetRequiredService<ITenantAccessor>().Enter(_tenant);
        return await scope.ServiceProvider.GetRequiredService<NoteDbContext>().Notes.Select(n => n.Text).OrderBy(t => t).ToListAsync();
    }

    private async Task<List<string>> HostNotesAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HostNoteDbContext>().Notes.Select(n => n.Text).OrderBy(t => t).ToListAsync();
    }

    /// <summary>These test contexts have no migrations: create their tables directly, as the real migrator would.</summary>
    private sealed class EnsureCreatedMigrator(IServiceScopeFactory scopes, ITenantAccessor accessor) : ITenantDataMigrator
    {
        public async Task MigrateAsync(Tenant tenant, CancellationToken cancellationToken = default)
        {
            await using var scope = scopes.CreateAsyncScope();
            using var enter = accessor.Enter(tenant);
            await CreateTablesAsync(scope.ServiceProvider.GetRequiredService<NoteDbContext>());
            await CreateTablesAsync(scope.ServiceProvider.GetRequiredService<HostNoteDbContext>());
        }

        private static async Task CreateTablesAsync(DbContext context)
        {
            await context.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS Notes (Id INTEGER PRIMARY KEY AUTOINCREMENT, Text TEXT NOT NULL)");
        }
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "Intranet.Core.Tests";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
