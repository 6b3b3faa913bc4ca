using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

#pragma warning disable EF1001 // MigrationsAssembly is EF's own implementation; only the type filter is ours.

namespace Intranet.Core.Data;

/// <summary>
/// A module assembly holds one migrations chain per provider: SQLite's in namespace "….Migrations", PostgreSQL's in
/// "….Migrations.Postgres" (folder Migrations/Postgres). EF would see both chains for a context; this shows it only
/// the one generated for the provider the context runs on.
/// </summary>
public sealed class ProviderMigrationsAssembly : MigrationsAssembly
{
    public const string PostgresNamespaceSuffix = ".Migrations.Postgres";

    private readonly bool _postgres;
    private readonly Type _contextType;
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotFound;

    public ProviderMigrationsAssembly(
        ICurrentDbContext currentContext,
        IDbContextOptions options,
        IMigrationsIdGenerator idGenerator,
        IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
        : base(currentContext, options, idGenerator, logger)
    {
        _postgres = options.Extensions.Any(e => e is Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.Internal.NpgsqlOptionsExtension);
        _contextType = currentContext.Context.GetType();
    }

    // Read from the types directly, not from base.Migrations: the two chains may share an id (the tool generates both
    // in one run), which EF's own list of the whole assembly refuses as a duplicate key.
    public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
        _migrations ??= new SortedList<string, TypeInfo>(Assembly.DefinedTypes
            .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(Migration)) && IsMine(t)
                && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType)
            .Select(t => (Id: t.GetCustomAttribute<MigrationAttribute>()?.Id, Type: t))
            .Where(m => m.Id is not null)
            .ToDictionary(m => m.Id!, m => m.Type, StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);

    public override ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (!_snapshotFound)
            {
                var type = Assembly.DefinedTypes
                    .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(ModelSnapshot)) && IsMine(t))
                    .FirstOrDefault(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType);
                _snapshot = type is null ? null : (ModelSnapshot)Activator.CreateInstance(type.AsType())!;
                _snapshotFound = true;
            }

            return _snapshot;
        }
    }

    private bool IsMine(TypeInfo type) => IsPostgres(type) == _postgres;

    /// <summary>True for a migration or snapshot generated for PostgreSQL.</summary>
    public static bool IsPostgres(Type type) => type.Namespace?.EndsWith(PostgresNamespaceSuffix, StringComparison.Ordinal) == true;
}
