using System.Security.Claims;
using Intranet.Core.Accounts;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.StaffDirectory.Services;

/// <summary>
/// Who is reading the province directory (one per request): whether they may read it at all, and of which
/// departments they are members (Department-visibility fields show only to those), each asked once.
/// </summary>
public sealed class DirectoryReaderContext
{
    private readonly IServiceProvider _services;
    private readonly ITenantRegistry _registry;
    private readonly Dictionary<string, bool> _memberOf = new(StringComparer.OrdinalIgnoreCase);
    private bool? _mayRead;
    private ClaimsPrincipal? _mayReadFor;

    public DirectoryReaderContext(IServiceProvider services, ITenantRegistry registry)
    {
        _services = services;
        _registry = registry;
    }

    public static string? AccountId(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub");

    public static string? Email(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.Email) ?? user.FindFirstValue("email") ?? (user.Identity?.Name?.Contains('@', StringComparison.Ordinal) == true ? user.Identity.Name : null);

    /// <summary>
    /// Every civil servant of the province may read it: a signed-in account holding ViewDirectory at the host or in
    /// its home department (department members get it by default). Anonymous visitors never.
    /// </summary>
    public async Task<bool> MayReadAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (_mayRead is { } known && ReferenceEquals(_mayReadFor, user))
        {
            return known;
        }

        _mayReadFor = user;
        _mayRead = false;
        if (user.Identity?.IsAuthenticated != true || _services.GetService<IPermissionChecker>() is not { } checker)
        {
            return false;
        }

        var table = _registry.Table;
        if (await checker.HasPermissionAsync(user, table.Host, Permissions.ViewDirectory, ct))
        {
            return (_mayRead = true).Value;
        }

        var accounts = _services.GetService<IAccountDirectory>();
        var account = accounts is null ? null
            : AccountId(user) is { } id ? await accounts.FindByIdAsync(id, ct)
            : Email(user) is { } email ? await accounts.FindByEmailAsync(email, ct) : null;
        if (account is { IsEnabled: true } && table.FindByName(account.HomeTenant) is { } home)
        {
            _mayRead = await checker.HasPermissionAsync(user, home, Permissions.ViewDirectory, ct);
        }

        return _mayRead.Value;
    }

    public async Task<bool> IsMemberAsync(ClaimsPrincipal user, string tenantName, CancellationToken ct = default)
    {
        if (_memberOf.TryGetValue(tenantName, out var known))
        {
            return known;
        }

        var member = false;
        if (user.Identity?.IsAuthenticated == true && _services.GetService<IPermissionChecker>() is { } checker && _registry.Table.FindByName(tenantName) is { } tenant)
        {
            member = await checker.IsMemberAsync(user, tenant, ct);
        }

        _memberOf[tenantName] = member;
        return member;
    }
}
