using Intranet.Core.Audit;
using Intranet.Core.Data;
using Intranet.Core.Modules;
using Intranet.Core.Recipes;
using Intranet.Core.Tenants;
using Intranet.Core.Themes;
using Intranet.Core.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Tenants.Services;

/// <summary>
/// Creates, changes and removes departments. Creation is one step: the row is written as Initializing
/// (requests get 503), the recipe runs in the new tenant, then it is Running; if anything fails the row,
/// the database and the site folder are deleted, so nothing half-made remains.
/// </summary>
public sealed class TenantManager : IDisposable
{
    // Serialises the "is the name/prefix/host free? then take it" check; setups themselves run in parallel.
    private readonly SemaphoreSlim _reserve = new(1, 1);
    private readonly TenantStore _store;
    private readonly TenantRegistry _registry;
    private readonly TenantCleaner _cleaner;
    private readonly TenantExporter _exporter;
    private readonly TenantArchiver _archiver;
    private readonly RecipeCatalog _recipes;
    private readonly ModuleCatalog _catalog;
    private readonly ThemeCatalog _themes;
    private readonly DatabaseProviders _providers;
    private readonly IConfiguration _configuration;
    private readonly IServiceScopeFactory _scopes;
    private readonly HostPathSegments _hostPaths;
    private readonly ILogger<TenantManager> _logger;

    public TenantManager(
        TenantStore store,
        TenantRegistry registry,
        TenantCleaner cleaner,
        TenantExporter exporter,
        TenantArchiver archiver,
        RecipeCatalog recipes,
        ModuleCatalog catalog,
        ThemeCatalog themes,
        DatabaseProviders providers,
        IConfiguration configuration,
        IServiceScopeFactory scopes,
        HostPathSegments hostPaths,
        ILogger<TenantManager> logger)
    {
        _store = store;
        _registry = registry;
        _cleaner = cleaner;
        _exporter = exporter;
        _archiver = archiver;
        _recipes = recipes;
        _catalog = catalog;
        _themes = themes;
        _providers = providers;
        _configuration = configuration;
        _scopes = scopes;
        _hostPaths = hostPaths;
        _logger = logger;
    }

    public void Dispose() => _reserve.Dispose();

    public Tenant Get(string name) =>
        (string.Equals(name, Tenant.DefaultName, StringComparison.OrdinalIgnoreCase) ? _registry.Table.Host : _registry.Table.FindByName(name))
        ?? throw TenantOperationException.NotFound(name);

    /// <summary>Creates a department from a harvested recipe; <paramref name="variables"/> override the recipe's defaults (displayName defaults to the tenant's).</summary>
    public async Task<Tenant> CreateAsync(TenantRequest request, string recipeName, IReadOnlyDictionary<string, string>? variables = null, CancellationToken cancellationToken = default)
    {
        var (json, source) = await _recipes.GetAsync(recipeName, cancellationToken);
        var values = new Dictionary<string, string>(variables ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        values.TryAdd("displayName", (request.DisplayName ?? "").Trim());

        // Unless told otherwise, the province's administrator administers the new department too.
        if (_configuration["Intranet:Setup:AdminEmail"] is { Length: > 0 } adminEmail)
        {
            values.TryAdd("adminEmail", adminEmail);
        }

        var recipe = Parse(json, values, source);
        return await CreateAsync(request, recipe, [], cancellationToken);
    }

    /// <summary>Creates a department from a recipe posted as JSON (an export): its "tenant" header names it unless <paramref name="overrides"/> say otherwise.</summary>
    public async Task<Tenant> ImportAsync(string json, TenantRequest? overrides, CancellationToken cancellationToken = default)
    {
        var recipe = Parse(json, null, "import");
        var request = ImportedTenant.Request(json, recipe.DisplayName, overrides);
        return await CreateAsync(request, recipe, [], cancellationToken);
    }

    /// <summary>The one-step create + set up. <paramref name="extraSteps"/> run after the recipe's own, in the same transaction (the <c>tenant</c> step's inline steps).</summary>
    public async Task<Tenant> CreateAsync(TenantRequest request, RecipeDescriptor recipe, IReadOnlyList<RecipeStep> extraSteps, CancellationToken cancellationToken = default)
    {
        request = TenantValidator.Normalize(request);
        if (TenantValidator.Check(request, isNew: true, _hostPaths.IsReserved) is { Count: > 0 } errors)
        {
            throw TenantOperationException.Invalid(string.Join(" ", errors));
        }

        var steps = recipe.Steps.Concat(extraSteps).Select((s, i) => s with { Number = i + 1 }).ToList();
        recipe = recipe with { Steps = steps };
        await using (var scope = _scopes.CreateAsyncScope())
        {
            ValidateRecipe(scope.ServiceProvider, recipe, isHost: false, request.DisplayName);
        }

        var tenant = new Tenant
        {
            Name = request.Name,
            DisplayName = request.DisplayName,
            RequestUrlPrefix = request.Prefix,
            RequestUrlHosts = request.Hosts,
            Description = request.Description,
            State = TenantState.Initializing,
            EnabledFeatures = _catalog.Normalize([], isHost: false),
            RecipeName = recipe.Name,
            CreatedUtc = DateTime.UtcNow,
            // New departments live where the configuration says; existing ones keep the provider they were made on.
            DatabaseProvider = _configuration["Intranet:Data:DefaultProvider"] is { Length: > 0 } provider ? provider : DataProviderNames.Sqlite,
        };

        await _reserve.WaitAsync(cancellationToken);
        try
        {
            if (TenantValidator.Conflict(request, _registry.Table, self: null) is { } conflict)
            {
                throw TenantOperationException.Conflict(conflict);
            }

            await _store.InsertAsync(tenant, CancellationToken.None);
            _registry.Upsert(tenant);
        }
        finally
        {
            _reserve.Release();
        }

        try
        {
            await CreateDatabaseAsync(tenant, cancellationToken);
            var result = await RunRecipeCoreAsync(recipe, tenant, cancellationToken);
            var running = result with { State = TenantState.Running, VersionId = Guid.NewGuid().ToString("N") };
            await _store.UpdateAsync(running, CancellationToken.None);
            _registry.Upsert(running);
            await NotifyAsync(async (h, ct) =>
            {
                await h.CreatedAsync(running, ct);
                await h.StateChangedAsync(running, TenantState.Initializing, ct);
            }, cancellationToken);
            await AuditAsync("created", running, $"recipe {recipe.Name}");
            _logger.LogInformation("Tenant {Tenant} created from recipe {Recipe}", running.Name, recipe.Name);
            return running;
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Setting up tenant {Tenant} failed; deleting everything it had", tenant.Name);
            await DiscardSetupAsync(tenant, ex.Message);
            throw ex switch
            {
                RecipeException recipeError => TenantOperationException.Invalid($"Không khởi tạo được đơn vị '{tenant.Name}': {recipeError.Message}"),
                TenantOperationException => ex,
                OperationCanceledException => ex,
                _ => new TenantOperationException(500, $"Không khởi tạo được đơn vị '{tenant.Name}'; đã xóa mọi dữ liệu vừa tạo.", ex),
            };
        }
    }

    /// <summary>
    /// Undoes a department whose setup did not complete: the modules' removal hooks (host-level rows, the province
    /// index), then its row, database and folder, then a failed "created" entry in the province's audit trail. The one
    /// path for a recipe that failed and for a setup a crash interrupted (found Initializing at start).
    /// </summary>
    public async Task DiscardSetupAsync(Tenant tenant, string reason, string? actor = null)
    {
        await NotifyQuietlyAsync(tenant);
        await _cleaner.DeleteEverythingAsync(tenant, CancellationToken.None);
        await AuditAsync("created", tenant, reason, succeeded: false, actor);
    }

    /// <summary>Runs a recipe on an existing tenant (the host's first start) and saves what it changed (features, theme).</summary>
    public async Task<Tenant> RunRecipeAsync(Tenant tenant, RecipeDescriptor recipe, TenantState finalState, CancellationToken cancellationToken = default)
    {
        await using (var scope = _scopes.CreateAsyncScope())
        {
            ValidateRecipe(scope.ServiceProvider, recipe, tenant.IsHost, tenant.DisplayName);
        }

        var result = await RunRecipeCoreAsync(recipe, tenant, cancellationToken);
        var saved = result with { State = finalState, RecipeName = tenant.RecipeName ?? recipe.Name, VersionId = Guid.NewGuid().ToString("N") };
        await _store.UpdateAsync(saved, cancellationToken);
        _registry.Upsert(saved);
        if (tenant.State != finalState)
        {
            await NotifyAsync((h, ct) => h.StateChangedAsync(saved, tenant.State, ct), cancellationToken);
        }

        return saved;
    }

    public async Task<Tenant> UpdateAsync(string name, TenantRequest changes, string? theme, CancellationToken cancellationToken = default)
    {
        var current = Get(name);
        var request = TenantValidator.Normalize(changes with { Name = current.Name });
        if (current.IsHost)
        {
            // The host answers every request no tenant claims: it has no prefix or host names of its own.
            request = request with { Prefix = null, Hosts = [] };
        }

        // A prefix taken before the host began to answer on it stays usable; a new one must be free.
        var errors = TenantValidator.Check(request, isNew: false, p => !string.Equals(p, current.RequestUrlPrefix, StringComparison.OrdinalIgnoreCase) && _hostPaths.IsReserved(p));
        if (current.IsHost)
        {
            errors.RemoveAll(e => e.StartsWith("Đơn vị cần một tiền tố", StringComparison.Ordinal));
        }

        if (theme is { Length: > 0 } && _themes.Find(theme) is not { IsAdminTheme: false })
        {
            errors.Add($"Không có giao diện '{theme}'.");
        }

        if (errors.Count > 0)
        {
            throw TenantOperationException.Invalid(string.Join(" ", errors));
        }

        await _reserve.WaitAsync(cancellationToken);
        try
        {
            if (TenantValidator.Conflict(request, _registry.Table, self: current.Name) is { } conflict)
            {
                throw TenantOperationException.Conflict(conflict);
            }

            var updated = current with
            {
                DisplayName = request.DisplayName,
                RequestUrlPrefix = request.Prefix,
                RequestUrlHosts = request.Hosts,
                Description = request.Description,
                Theme = string.IsNullOrEmpty(theme) ? current.Theme : theme,
                VersionId = Guid.NewGuid().ToString("N"),
            };
            await _store.UpdateAsync(updated, cancellationToken);
            _registry.Upsert(updated);
            await AuditAsync("updated", updated, null);
            return updated;
        }
        finally
        {
            _reserve.Release();
        }
    }

    public Task<Tenant> DisableAsync(string name, CancellationToken cancellationToken = default) =>
        ChangeStateAsync(name, TenantState.Running, TenantState.Disabled, cancellationToken);

    public Task<Tenant> EnableAsync(string name, CancellationToken cancellationToken = default) =>
        ChangeStateAsync(name, TenantState.Disabled, TenantState.Running, cancellationToken);

    public Task<string> ExportAsync(string name, CancellationToken cancellationToken = default) =>
        _exporter.ExportJsonAsync(Get(name), cancellationToken);

    /// <summary>Removes a disabled department after archiving it; returns the archive's path.</summary>
    public async Task<string> RemoveAsync(string name, CancellationToken cancellationToken = default)
    {
        var tenant = Get(name);
        if (tenant.IsHost)
        {
            throw TenantOperationException.Invalid("Không thể xóa cấp tỉnh (host).");
        }

        if (tenant.State != TenantState.Disabled)
        {
            throw TenantOperationException.Conflict($"Chỉ xóa được đơn vị đã tạm dừng; đơn vị '{tenant.Name}' đang ở trạng thái {TenantStates.Vietnamese(tenant.State)}. Hãy tạm dừng trước.");
        }

        var archive = await _archiver.WriteAsync(tenant, await _exporter.ExportJsonAsync(tenant, cancellationToken), cancellationToken);
        await NotifyAsync((h, ct) => h.RemovingAsync(tenant, ct), cancellationToken);
        await _cleaner.DeleteEverythingAsync(tenant, cancellationToken);
        var removed = tenant with { State = TenantState.Removed };
        await NotifyAsync((h, ct) => h.StateChangedAsync(removed, TenantState.Disabled, ct), cancellationToken);
        await AuditAsync("removed", removed, Path.GetFileName(archive));
        return archive;
    }

    private async Task<Tenant> ChangeStateAsync(string name, TenantState from, TenantState to, CancellationToken cancellationToken)
    {
        var tenant = Get(name);
        if (tenant.IsHost)
        {
            throw TenantOperationException.Invalid("Không thể tạm dừng hay bật lại cấp tỉnh (host).");
        }

        if (tenant.State == to)
        {
            return tenant;
        }

        if (tenant.State != from)
        {
            throw TenantOperationException.Conflict($"Đơn vị '{tenant.Name}' đang ở trạng thái {TenantStates.Vietnamese(tenant.State)}, không chuyển sang {TenantStates.Vietnamese(to)} được.");
        }

        var updated = tenant with { State = to, VersionId = Guid.NewGuid().ToString("N") };
        await _store.UpdateAsync(updated, cancellationToken);
        _registry.Upsert(updated);
        await NotifyAsync((h, ct) => h.StateChangedAsync(updated, from, ct), cancellationToken);
        await AuditAsync(to == TenantState.Disabled ? "disabled" : "enabled", updated, null);
        return updated;
    }

    /// <summary>
    /// The tenant's database exists from the start, even before a feature brings tables: a SQLite file in WAL mode
    /// (readers do not wait for the writer). PostgreSQL databases are created by the first migration.
    /// </summary>
    private async Task CreateDatabaseAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        var provider = _providers.For(tenant);
        if (provider is not SqliteDatabaseProvider)
        {
            return;
        }

        await using var connection = provider.CreateConnection(tenant);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<Tenant> RunRecipeCoreAsync(RecipeDescriptor recipe, Tenant tenant, CancellationToken cancellationToken)
    {
        // A scope of its own: an outer recipe (a "tenant" step) keeps its transaction, this one gets its own.
        await using var scope = _scopes.CreateAsyncScope();
        var executor = scope.ServiceProvider.GetRequiredService<RecipeExecutor>();
        var result = await executor.ExecuteAsync(recipe, tenant, cancellationToken);
        return result with { EnabledFeatures = _catalog.Normalize(result.EnabledFeatures, result.IsHost) };
    }

    /// <summary>Unknown steps, invalid step data and features out of the tenant's scope are refused before anything is written.</summary>
    private void ValidateRecipe(IServiceProvider services, RecipeDescriptor recipe, bool isHost, string displayName)
    {
        try
        {
            services.GetRequiredService<RecipeExecutor>().Validate(recipe);
        }
        catch (RecipeException ex)
        {
            throw TenantOperationException.Invalid(ex.Message);
        }

        var plan = new RecipePlan();
        var planners = services.GetServices<IRecipeStepHandler>().ToDictionary(h => h.StepName, StringComparer.OrdinalIgnoreCase);
        foreach (var step in recipe.Steps)
        {
            (planners[step.Name] as IRecipeFeaturePlanner)?.Plan(step, plan);
        }

        if (FeatureRules.CheckEnable(_catalog, plan.Enable, isHost, displayName) is { } error)
        {
            throw TenantOperationException.Invalid(error);
        }
    }

    private static RecipeDescriptor Parse(string json, IReadOnlyDictionary<string, string>? values, string source)
    {
        try
        {
            return RecipeParser.Parse(json, values, source);
        }
        catch (RecipeException ex)
        {
            throw TenantOperationException.Invalid(ex.Message);
        }
    }

    private async Task NotifyAsync(Func<ITenantEventHandler, CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices<ITenantEventHandler>())
        {
            await call(handler, cancellationToken);
        }
    }

    /// <summary>After a failed setup, modules drop host-level rows they may have written for the tenant; their own failures must not stop the cleanup.</summary>
    private async Task NotifyQuietlyAsync(Tenant tenant)
    {
        try
        {
            await NotifyAsync((h, ct) => h.RemovingAsync(tenant, ct), CancellationToken.None);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "A tenant event handler failed while cleaning up {Tenant}", tenant.Name);
        }
    }

    private async Task AuditAsync(string action, Tenant tenant, string? details, bool succeeded = true, string? actor = null)
    {
        await using var scope = _scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<IAuditTrail>() is { } audit)
        {
            await audit.RecordAsync(new AuditEvent("tenant", action, tenant.Name, details) { TenantName = Tenant.DefaultName, Succeeded = succeeded, Actor = actor });
        }
    }
}
