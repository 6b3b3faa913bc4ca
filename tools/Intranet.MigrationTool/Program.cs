// Usage: dotnet run --project tools/Intranet.MigrationTool -- <DbContextTypeName> <MigrationName> [sqlite|postgres|both]
// Writes the migration and model snapshot into the module's Migrations/ folder (SQLite) and Migrations/Postgres/
// folder (PostgreSQL); "both" (the default) writes one of each, so a model change reaches both providers at once.
using System.Reflection;
using Intranet.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.EntityFrameworkCore.Sqlite.Design.Internal;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;

if (args.Length is < 2 or > 3 || (args.Length == 3 && args[2] is not ("sqlite" or "postgres" or "both")))
{
    Console.Error.WriteLine("usage: Intranet.MigrationTool <DbContextTypeName> <MigrationName> [sqlite|postgres|both]");
    return 2;
}

var contextType = AppDomain.CurrentDomain.GetAssemblies()
    .Concat(System.IO.Directory.GetFiles(AppContext.BaseDirectory, "Intranet.*.dll").Select(Assembly.LoadFrom))
    .SelectMany(a => { try { return a.GetTypes(); } catch (ReflectionTypeLoadException e) { return e.Types.OfType<Type>(); } })
    .FirstOrDefault(t => t.Name == args[0] && typeof(DbContext).IsAssignableFrom(t));
if (contextType is null)
{
    Console.Error.WriteLine($"No DbContext named {args[0]} in the module assemblies.");
    return 1;
}

var which = args.Length == 3 ? args[2] : "both";
var assemblyName = contextType.Assembly.GetName().Name!;
var projectDir = Path.GetFullPath(Path.Combine(FindRepoRoot(), "src", "Modules", assemblyName));
var historyTable = "__EFMigrationsHistory_" + contextType.Name.Replace("DbContext", "", StringComparison.Ordinal);
if (which is "sqlite" or "both")
{
    Scaffold(
        b => b.UseSqlite("Data Source=:memory:", o => o.MigrationsHistoryTable(historyTable)),
        s => new SqliteDesignTimeServices().ConfigureDesignTimeServices(s),
        args[1],
        "Migrations");
}

if (which is "postgres" or "both")
{
    // Nothing connects: scaffolding compares the model with the PostgreSQL snapshot only.
    Scaffold(
        b => b.UseNpgsql("Host=localhost", o => o.MigrationsHistoryTable(historyTable)),
        s => new NpgsqlDesignTimeServices().ConfigureDesignTimeServices(s),
        args[1],
        Path.Combine("Migrations", "Postgres"));
}

return 0;

void Scaffold(Action<DbContextOptionsBuilder> useProvider, Action<IServiceCollection> designTime, string name, string folder)
{
    var optionsType = typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType);
    var builder = (DbContextOptionsBuilder)Activator.CreateInstance(optionsType)!;
    useProvider(builder);
    // The same per-provider view of the module's migrations as at run time (Migrations/ or Migrations/Postgres/).
    builder.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    using var context = (DbContext)Activator.CreateInstance(contextType, builder.Options)!;

    var services = new ServiceCollection();
    services.AddEntityFrameworkDesignTimeServices();
    services.AddDbContextDesignTimeServices(context);
    designTime(services);
    using var provider = services.BuildServiceProvider();
    var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(name, assemblyName, folder.Replace(Path.DirectorySeparatorChar, '.'), "C#");
    // Written here rather than by scaffolder.Save, which would overwrite the other provider's snapshot: it looks for
    // the snapshot by file name anywhere in the project, and both providers' snapshots share the context's name.
    var outputDir = Path.Combine(projectDir, folder);
    System.IO.Directory.CreateDirectory(outputDir);
    var migrationFile = Path.Combine(outputDir, migration.MigrationId + migration.FileExtension);
    File.WriteAllText(migrationFile, migration.MigrationCode);
    File.WriteAllText(Path.Combine(outputDir, migration.MigrationId + ".Designer" + migration.FileExtension), migration.MetadataCode);
    File.WriteAllText(Path.Combine(outputDir, migration.SnapshotName + migration.FileExtension), migration.SnapshotCode);
    Console.WriteLine($"Wrote {migrationFile}");
}

static string FindRepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Intranet.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
}
