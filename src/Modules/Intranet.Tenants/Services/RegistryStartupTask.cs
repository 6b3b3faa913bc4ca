using System.Globalization;
using Intranet.Core.Data;
using Intranet.Core.Hosting;
using Intranet.Core.Modules;
using Intranet.Core.Tenants;
using Microsoft.Extensions.Logging;

namespace Intranet.Tenants.Services;

/// <summary>
/// Order 100: loads the registry, creating the host's row on the very first start, and brings every live tenant's
/// schema up to date, so an upgrade's new migrations apply before the first request. A department left Initializing
/// by a crash mid-setup is discarded (setup is all or nothing) the way a failed setup is: the modules' removal hooks,
/// its row, database and folder, and a failed "created" entry in the province's audit trail saying why.
/// </summary>
public sealed class RegistryStartupTask : IStartupTask
{
    /// <summary>The audit actor of the start-up cleanup (no one was signed in).</summary>
    public const string Actor = "system:startup";

    private readonly TenantStore _store;
    private readonly TenantRegistry _registry;
    private readonly TenantManager _manager;
    private readonly ITenantDataMigrator _migrator;
    private readonly IHostTenantProvider _host;
    private readonly ModuleCatalog _catalog;
    private readonly ILogger<RegistryStartupTask> _logger;

    public RegistryStartupTask(TenantStore store, TenantRegistry registry, TenantManager manager, ITenantDataMigrator migrator, IHostTenantProvider host, ModuleCatalog catalog, ILogger<RegistryStartupTask> logger)
    {
        _store = store;
        _registry = registry;
        _manager = manager;
        _migrator = migrator;
        _host = host;
        _catalog = catalog;
        _logger = logger;
    }

    public int Order => 100;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await _store.FindAsync(Tenant.DefaultName, cancellationToken) is null)
        {
            await _store.InsertAsync(_host.Host with
            {
                State = TenantState.Uninitialized,
                EnabledFeatures = _catalog.Normalize([], isHost: true),
                CreatedUtc = DateTime.UtcNow,
                Description = "Cấp tỉnh: tài khoản, danh bạ toàn tỉnh, thư công vụ, sổ đăng ký đơn vị.",
            }, cancellationToken);
        }

        await _registry.ReloadAsync(cancellationToken);

        // The host first: the removal hooks and the audit trail write to its database.
        await _migrator.MigrateAsync(_registry.Table.Host, cancellationToken);
        foreach (var stale in (await _store.AllAsync(cancellationToken)).Where(t => t.State == TenantState.Initializing && !t.IsHost))
        {
            _logger.LogWarning("Tenant {Tenant} was left half set up by an earlier run (started {Started:u}); deleting it", stale.Name, stale.CreatedUtc);
            await _manager.DiscardSetupAsync(stale, InterruptedReason(stale), Actor);
        }

        foreach (var tenant in _registry.Table.Tenants)
        {
            await _migrator.MigrateAsync(tenant, cancellationToken);
        }
    }

    /// <summary>What the province administrator reads in the audit trail (dates dd/MM/yyyy, UTC).</summary>
    public static string InterruptedReason(Tenant tenant) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Khởi tạo bị gián đoạn: máy chủ dừng giữa chừng (bắt đầu lúc {tenant.CreatedUtc:dd/MM/yyyy HH:mm:ss} UTC, công thức {tenant.RecipeName ?? "?"}). Đã xóa phần dở dang khi khởi động lại; có thể tạo lại đơn vị với cùng tên.");
}
