using System.Data.Common;
using Intranet.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Core.Data;

/// <summary>
/// One transaction per change across every module DbContext of a DI scope: while active, each context
/// created in the scope shares one open connection and transaction per database (the tenant's, the host's),
/// so a recipe, an import or a transfer either commits whole or leaves nothing behind.
/// </summary>
public sealed class DataTransactionScope : IAsyncDisposable
{
    private readonly DatabaseProviders _providers;
    private readonly Dictionary<string, (DbConnection Connection, DbTransaction Transaction, bool IsHost)> _open = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];

    public DataTransactionScope(DatabaseProviders providers) => _providers = providers;

    public bool IsActive { get; private set; }

    /// <summary>
    /// Call from a DbContext constructor: when the context's scope shares a transaction on the context's
    /// connection, the context uses it.
    /// </summary>
    public static void Enlist(DbContext context, DbContextOptions options)
    {
        var services = options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        if (services?.GetService<DataTransactionScope>() is not { IsActive: true } scope)
        {
            return;
        }

        var connection = context.Database.GetDbConnection();
        var transaction = scope._open.Values.FirstOrDefault(e => ReferenceEquals(e.Connection, connection)).Transaction;
        if (transaction is not null)
        {
            context.Database.UseTransaction(transaction);
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> once the shared transaction <paramref name="context"/> writes in has committed
    /// (dropped on rollback); at once when the context is not in an active scope. Caches use it to drop entries only
    /// when the change is visible to other requests.
    /// </summary>
    public static void AfterCommit(DbContext context, Action action)
    {
        var services = context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        if (services?.GetService<DataTransactionScope>() is { IsActive: true } scope)
        {
            scope.AfterCommit(_ =>
            {
                action();
                return Task.CompletedTask;
            });
        }
        else
        {
            action();
        }
    }

    /// <summary>The transactions opened so far.</summary>
    public IEnumerable<DbTransaction> OpenTransactions => _open.Values.Select(e => e.Transaction);

    /// <summary>Starts sharing; contexts created after this call join the transaction.</summary>
    public void Begin() => IsActive = true;

    /// <summary>
    /// The shared connection and transaction for the tenant's data, opened on first use. Keyed by tenant, not by
    /// connection string: on PostgreSQL every tenant has the same connection string and differs by schema.
    /// </summary>
    public (DbConnection Connection, DbTransaction Transaction) For(Tenant tenant)
    {
        if (!_open.TryGetValue(tenant.Name, out var entry))
        {
            var connection = _providers.For(tenant).CreateConnection(tenant);
            connection.Open();
            entry = (connection, connection.BeginTransaction(), tenant.IsHost);
            _open[tenant.Name] = entry;
        }

        return (entry.Connection, entry.Transaction);
    }

    /// <summary>True when the scope already holds a transaction on the tenant's data.</summary>
    public bool Holds(Tenant tenant) => IsActive && _open.ContainsKey(tenant.Name);

    /// <summary>
    /// Work that must follow the data only once it is committed (a search index update, a cache eviction):
    /// runs after <see cref="CommitAsync"/> succeeds, and is dropped when the scope rolls back.
    /// </summary>
    public void AfterCommit(Func<CancellationToken, Task> action) => _afterCommit.Add(action);

    /// <summary>Commits department databases first and the host's last, so registry rows never point at missing data.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        foreach (var entry in _open.Values.OrderBy(e => e.IsHost))
        {
            await entry.Transaction.CommitAsync(cancellationToken);
        }

        var after = _afterCommit.ToList();
        await CloseAsync();
        foreach (var action in after)
        {
            await action(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync() => await CloseAsync();

    private async Task CloseAsync()
    {
        foreach (var entry in _open.Values)
        {
            await entry.Transaction.DisposeAsync(); // rolls back when not committed
            await entry.Connection.DisposeAsync();
        }

        _open.Clear();
        _afterCommit.Clear();
        IsActive = false;
    }
}
