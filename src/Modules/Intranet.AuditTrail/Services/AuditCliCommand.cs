using Intranet.Core.Hosting;
using Intranet.Core.Tenants;

namespace Intranet.AuditTrail.Services;

/// <summary>
/// <c>audit verify [--tenant name | --all]</c>: exit 0 and "chain intact (N entries)", or exit 1 naming the first
/// altered entry. Scripts and monitoring run it; the admin page has the same check as a button.
/// </summary>
public sealed class AuditCliCommand : ICliCommand
{
    private readonly AuditChainVerifier _verifier;
    private readonly AuditChains _chains;
    private readonly ITenantRegistry _registry;

    public AuditCliCommand(AuditChainVerifier verifier, AuditChains chains, ITenantRegistry registry)
    {
        _verifier = verifier;
        _chains = chains;
        _registry = registry;
    }

    public string Group => "audit";

    public string Help => "audit verify [--tenant <name> | --all]   check the audit hash chain (default: the host)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args[0] != "verify")
        {
            await output.WriteLineAsync("usage: " + Help);
            return 2;
        }

        var tenants = new List<Tenant>();
        if (args.Contains("--all"))
        {
            tenants.Add(_chains.Host);
            tenants.AddRange(_registry.Table.Tenants.Where(t => t.State is TenantState.Running or TenantState.Disabled).OrderBy(t => t.Name, StringComparer.Ordinal));
        }
        else
        {
            var index = args.ToList().IndexOf("--tenant");
            var name = index >= 0 && index + 1 < args.Count ? args[index + 1] : Tenant.DefaultName;
            if (index >= 0 && index + 1 >= args.Count)
            {
                await output.WriteLineAsync("audit verify: --tenant needs a tenant name");
                return 2;
            }

            if (_chains.Find(name) is not { } tenant)
            {
                await output.WriteLineAsync($"audit verify: no tenant named '{name}'");
                return 2;
            }

            tenants.Add(tenant);
        }

        var status = 0;
        foreach (var tenant in tenants)
        {
            var result = await _verifier.VerifyAsync(tenant, cancellationToken);
            if (result.Break is { } broken)
            {
                status = 1;
                await output.WriteLineAsync(
                    $"{tenant.Name}: chain BROKEN at entry {broken.EntryId} ({AuditTime.Format(broken.TimeUtc)} UTC+7): {broken.Describe()}; {result.Count} entries before it verify");
            }
            else
            {
                await output.WriteLineAsync($"{tenant.Name}: chain intact ({result.Count} entries)");
            }
        }

        return status;
    }
}
