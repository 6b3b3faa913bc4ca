namespace Intranet.Core.Accounts;

/// <summary>
/// Lets modules follow an account's life (Mail provisions a mailbox, Directory lists the person) without the
/// Users module knowing them. Handlers run inside the change's transaction when one is active.
/// </summary>
public interface IAccountEventHandler
{
    Task CreatedAsync(AccountInfo account, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The new password in clear text, only in memory, so that hashes for other services (Dovecot) stay in step. Never log it.</summary>
    Task PasswordChangedAsync(AccountInfo account, string newPassword, CancellationToken cancellationToken) => Task.CompletedTask;

    Task UpdatedAsync(AccountInfo account, CancellationToken cancellationToken) => Task.CompletedTask;

    Task DisabledAsync(AccountInfo account, CancellationToken cancellationToken) => Task.CompletedTask;

    Task EnabledAsync(AccountInfo account, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The account joined, left or changed roles in a tenant.</summary>
    Task MembershipChangedAsync(AccountInfo account, string tenantName, IReadOnlyList<string> roles, CancellationToken cancellationToken) => Task.CompletedTask;
}
