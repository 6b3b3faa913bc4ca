namespace Intranet.Core.Accounts;

/// <summary>
/// Which tenant owns which mail domain, for deciding where a tenant may create accounts (an address is a login, so
/// creating one in another department's domain would let its creator control that department's future account).
/// The Mail module implements it; without it no domain is known to belong to anyone.
/// </summary>
public interface IMailDomainDirectory
{
    /// <summary>The domains whose mailboxes belong to the tenant (lower case; empty when it has none).</summary>
    Task<IReadOnlyList<string>> DomainsOfTenantAsync(string tenantName, CancellationToken cancellationToken = default);

    /// <summary>
    /// The tenants that use the domain: null when the domain is unknown, empty when it is known but given to no
    /// tenant (then it is the province's to hand out).
    /// </summary>
    Task<IReadOnlyList<string>?> TenantsOfDomainAsync(string domain, CancellationToken cancellationToken = default);
}
