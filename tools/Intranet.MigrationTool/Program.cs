// Usage: dotnet run --project tools/Intranet.MigrationTool -- <DbContextTypeName> <MigrationName>
// Writes the migration and model snapshot into the module's Migrations/ folder (SQLite flavour).
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.EntityFrameworkCore.Sqlite.Design.Internal;
using Microsoft.Extensions.DependencyInjection;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Intranet.MigrationTool <DbContextTypeName> <MigrationName>");
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

var optionsType = typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType);
var builder = (DbContextOptionsBuilder)Activator.CreateInstance(optionsType)!;
builder.UseSqlite("Data Source=:memory:", o => o.MigrationsHistoryTable("__EFMigrationsHistory_" + contextType.Name.Replace("DbContext", "", StringComparison.Ordinal)));
using var context = (DbContext)Activator.CreateInstance(contextType, builder.Options)!;

var services = new ServiceCollection();
services.AddEntityFrameworkDesignTimeServices();
services.AddDbContextDesignTimeServices(context);
new SqliteDesignTimeServices().ConfigureDesignTimeServices(services);
using var provider = services.BuildServiceProvider();
var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();

var assemblyName = contextType.Assembly.GetName().Name!;
var projectDir = Path.GetFullPath(Path.Combine(FindRepoRoot(), "src", "Modules", assemblyName));
var migration = scaffolder.ScaffoldMigration(args[1], assemblyName, "Migrations", "C#");
var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, "Migrations"));
Console.WriteLine($"Wrote {files.MigrationFile}");
return 0;

static string FindRepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Intranet.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
}
