namespace Intranet.Core.Accounts;

/// <summary>
/// The account changes a transfer or a retirement makes (the Users module implements it). Each call joins the
/// caller's data transaction when one is active, so an HR transfer and the account change commit together.
/// </summary>
public interface IAccountTransfers
{
    /// <summary>
    /// Makes <paramref name="toTenant"/> the account's home with <paramref name="roles"/> there (Member when none are
    /// given: roles of the old home do not follow the person) and ends its membership of <paramref name="fromTenant"/>; other memberships stay.
    /// Both tenants' trails record it. Null when the account does not exist.
    /// </summary>
    Task<AccountInfo?> MoveHomeAsync(string accountId, string fromTenant, string toTenant, IReadOnlyCollection<string>? roles, CancellationToken cancellationToken = default);

    /// <summary>Disables the account (no-op when it already is); its sessions end at their next request. Null when it does not exist.</summary>
    Task<AccountInfo?> DisableAsync(string accountId, string reason, CancellationToken cancellationToken = default);
}
