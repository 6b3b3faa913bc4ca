using Intranet.Core.Hosting;
using Intranet.Core.Modules;

namespace Intranet.Tenants.Services;

/// <summary><c>tenants list|create|disable|enable|export|remove|features</c>, for scripts: exit code 0 on success, 1 when refused, 2 for bad usage.</summary>
public sealed class TenantsCliCommand : ICliCommand
{
    private readonly TenantManager _manager;
    private readonly FeatureManager _features;
    private readonly TenantStore _store;
    private readonly ModuleCatalog _catalog;

    public TenantsCliCommand(TenantManager manager, FeatureManager features, TenantStore store, ModuleCatalog catalog)
    {
        _manager = manager;
        _features = features;
        _store = store;
        _catalog = catalog;
    }

    public string Group => "tenants";

    public string Help => """
        tenants list [search]                                       các đơn vị
        tenants create <name> --display-name "…" [--prefix p] [--host h]… [--recipe department] [--var k=v]…
        tenants disable <name> | enable <name>                      tạm dừng / bật lại
        tenants export <name> [file]                                xuất thành công thức (recipe) JSON
        tenants remove <name>                                       xóa đơn vị đã tạm dừng (lưu bản lưu trữ trước)
        tenants features <name> [--enable id]… [--disable id]…      xem / bật / tắt tính năng
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var verb = args.Count > 0 ? args[0] : "list";
        var name = args.Count > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null;
        var options = Options(args.Skip(name is null ? 1 : 2).ToList());
        try
        {
            switch (verb)
            {
                case "list":
                    var page = await _store.QueryAsync(new TenantQuery(name, "name", 1, TenantQuery.MaxPageSize), cancellationToken);
                    foreach (var t in page.Items)
                    {
                        await output.WriteLineAsync($"{t.Name,-30} {TenantStates.Vietnamese(t.State),-16} /{t.RequestUrlPrefix} {string.Join(' ', t.RequestUrlHosts)}  {t.DisplayName}");
                    }

                    await output.WriteLineAsync($"{page.Total} đơn vị" + (page.Total > page.Items.Count ? $" (hiện {page.Items.Count} đầu tiên)" : ""));
                    return 0;
                case "create" when name is not null:
                    var variables = Values(options, "--var").Select(v => v.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
                    var request = new TenantRequest(name, First(options, "--display-name") ?? name, First(options, "--prefix") ?? (Values(options, "--host").Count == 0 ? name : null), Values(options, "--host"), First(options, "--description"));
                    var created = await _manager.CreateAsync(request, First(options, "--recipe") ?? "department", variables, cancellationToken);
                    await output.WriteLineAsync($"Đã tạo đơn vị {created.Name} ({created.DisplayName}).");
                    return 0;
                case "disable" when name is not null:
                    await _manager.DisableAsync(name, cancellationToken);
                    await output.WriteLineAsync($"Đã tạm dừng {name}.");
                    return 0;
                case "enable" when name is not null:
                    await _manager.EnableAsync(name, cancellationToken);
                    await output.WriteLineAsync($"Đã bật lại {name}.");
                    return 0;
                case "export" when name is not null:
                    var json = await _manager.ExportAsync(name, cancellationToken);
                    var file = args.Count > 2 ? args[2] : null;
                    if (file is null)
                    {
                        await output.WriteLineAsync(json);
                    }
                    else
                    {
                        await File.WriteAllTextAsync(file, json, cancellationToken);
                        await output.WriteLineAsync($"Đã ghi {Path.GetFullPath(file)}.");
                    }

                    return 0;
                case "remove" when name is not null:
                    var archive = await _manager.RemoveAsync(name, cancellationToken);
                    await output.WriteLineAsync($"Đã xóa {name}; bản lưu trữ: {archive}");
                    return 0;
                case "features" when name is not null:
                    return await FeaturesAsync(name, options, output, cancellationToken);
                default:
                    await output.WriteLineAsync(Help);
                    return 2;
            }
        }
        catch (TenantOperationException ex)
        {
            await output.WriteLineAsync("Lỗi: " + ex.Message);
            return 1;
        }
    }

    private async Task<int> FeaturesAsync(string name, List<(string Key, string Value)> options, TextWriter output, CancellationToken cancellationToken)
    {
        var tenant = _manager.Get(name);
        foreach (var (ids, enable) in new[] { (Values(options, "--enable"), true), (Values(options, "--disable"), false) })
        {
            if (ids.Count == 0)
            {
                continue;
            }

            var (change, updated) = enable ? await _features.EnableAsync(tenant, ids, cancellationToken) : await _features.DisableAsync(tenant, ids, cancellationToken);
            if (!change.Succeeded)
            {
                await output.WriteLineAsync("Lỗi: " + change.Error);
                return 1;
            }

            tenant = updated;
        }

        foreach (var feature in _catalog.OrderedFeatures.Where(f => f.AllowedIn(tenant.IsHost)))
        {
            await output.WriteLineAsync($"[{(tenant.IsFeatureEnabled(feature.Id) ? "x" : " ")}] {feature.Id,-32} {feature.Name}");
        }

        return 0;
    }

    private static List<(string Key, string Value)> Options(List<string> args)
    {
        var list = new List<(string, string)>();
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                list.Add((args[i], args[++i]));
            }
        }

        return list;
    }

    private static string? First(List<(string Key, string Value)> options, string key) => options.FirstOrDefault(o => o.Key == key).Value;

    private static List<string> Values(List<(string Key, string Value)> options, string key) => [.. options.Where(o => o.Key == key).Select(o => o.Value)];
}
