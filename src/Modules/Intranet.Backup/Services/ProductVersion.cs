using System.Reflection;
using Intranet.Core.Modules;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Intranet.Backup.Services;

/// <summary>What this build is and which database migrations it knows: an archive beyond either is refused.</summary>
public sealed class ProductVersion
{
    public ProductVersion(ModuleCatalog catalog)
    {
        Version = Read(typeof(ModuleCatalog).Assembly);
        KnownMigrations = catalog.Modules.Select(m => m.Assembly)
            .Append(typeof(ModuleCatalog).Assembly)
            .Distinct()
            .SelectMany(SafeTypes)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }

    public string Version { get; }

    public IReadOnlySet<string> KnownMigrations { get; }

    /// <summary>True when <paramref name="archiveVersion"/> is newer than this build.</summary>
    public bool IsNewer(string archiveVersion) =>
        System.Version.TryParse(Numeric(archiveVersion), out var theirs) && System.Version.TryParse(Numeric(Version), out var ours) && theirs > ours;

    private static string Read(Assembly assembly) =>
        Numeric(assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "0.0.0");

    /// <summary>"1.2.0-beta+abc" → "1.2.0".</summary>
    private static string Numeric(string version) => version.Split('+', '-')[0];

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }
}
