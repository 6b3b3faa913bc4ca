using Intranet.Core.Accounts;
using Intranet.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Users.Services;

/// <summary>
/// Where a tenant may create accounts (probe finding S3). The province may create any address. A department with
/// mail domains creates accounts only in them. A department without one may not use a domain the mail
/// directory gives to another department or keeps for the province; other domains stay open to it (the mail
/// directory is the only record of who owns a domain). Taking over an address made elsewhere is closed separately:
/// adding an account homed in another tenant is always an explicit, audited step.
/// </summary>
public sealed class AccountDomainRule
{
    private readonly IServiceProvider _services;

    public AccountDomainRule(IServiceProvider services) => _services = services;

    /// <summary>Throws <see cref="AccountOwnershipException"/> when the tenant may not create this address.</summary>
    public async Task CheckAsync(Tenant tenant, string email, CancellationToken cancellationToken = default)
    {
        if (tenant.IsHost || _services.GetService<IMailDomainDirectory>() is not { } directory)
        {
            return;
        }

        var at = email.LastIndexOf('@');
        var domain = (at < 0 ? "" : email[(at + 1)..]).Trim().TrimEnd('.').ToLowerInvariant();
        var own = await directory.DomainsOfTenantAsync(tenant.Name, cancellationToken);
        if (own.Count > 0)
        {
            if (!own.Contains(domain, StringComparer.Ordinal))
            {
                throw new AccountOwnershipException(
                    $"Đơn vị chỉ tạo được tài khoản trong tên miền thư của mình ({string.Join(", ", own)}); '{domain}' không thuộc đơn vị. Tài khoản ở đơn vị khác do đơn vị đó hoặc quản trị cấp tỉnh tạo.");
            }

            return;
        }

        if (await directory.TenantsOfDomainAsync(domain, cancellationToken) is not null)
        {
            throw new AccountOwnershipException(
                $"Tên miền '{domain}' thuộc đơn vị khác hoặc cấp tỉnh; đơn vị không tạo được tài khoản trong đó. Hãy nhờ đơn vị đó hoặc quản trị cấp tỉnh.");
        }
    }
}
