namespace Intranet.Core.Accounts;

/// <summary>Read access to accounts for other modules.</summary>
public interface IAccountDirectory
{
    Task<AccountInfo?> FindByIdAsync(string id, CancellationToken cancellationToken = default);

    Task<AccountInfo?> FindByEmailAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Members of a tenant, paged by id for batch work.</summary>
    Task<IReadOnlyList<AccountInfo>> ListMembersAsync(string tenantName, int skip, int take, CancellationToken cancellationToken = default);
}
