using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Io.Import;

/// <summary>
/// Runs an import in its own DI scope under one shared transaction (<see cref="DataTransactionScope"/>): the
/// records and the audit entry commit together, or neither does. A dry run or a file with problems is rolled back
/// by disposing the scope.
/// </summary>
public sealed class HrImportRunner
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantAccessor _tenants;

    public HrImportRunner(IServiceScopeFactory scopes, ITenantAccessor tenants)
    {
        _scopes = scopes;
        _tenants = tenants;
    }

    public async Task<ImportReport> RunAsync(Stream file, string? fileName, ImportOptions options, CancellationToken ct)
    {
        using (_tenants.Enter(_tenants.Required))
        {
            await using var scope = _scopes.CreateAsyncScope();
            var transaction = scope.ServiceProvider.GetRequiredService<DataTransactionScope>();
            transaction.Begin();
            var report = await scope.ServiceProvider.GetRequiredService<HrImporter>().ImportAsync(file, fileName, options, ct);
            if (report.Applied)
            {
                await transaction.CommitAsync(ct);
            }

            return report;
        }
    }
}
