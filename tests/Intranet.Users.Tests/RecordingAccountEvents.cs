using System.Collections.Concurrent;
using Intranet.Core.Accounts;

namespace Intranet.Users.Tests;

/// <summary>An event listener like Mail's or Directory's: records what the Users module told it.</summary>
public sealed class RecordingAccountEvents : IAccountEventHandler
{
    public ConcurrentQueue<string> Events { get; } = new();

    public Task CreatedAsync(AccountInfo account, CancellationToken cancellationToken) => Add($"created {account.Email} home={account.HomeTenant}");

    public Task PasswordChangedAsync(AccountInfo account, string newPassword, CancellationToken cancellationToken) => Add($"password {account.Email} {newPassword}");

    public Task UpdatedAsync(AccountInfo account, CancellationToken cancellationToken) => Add($"updated {account.Email}");

    public Task DisabledAsync(AccountInfo account, CancellationToken cancellationToken) => Add($"disabled {account.Email}");

    public Task EnabledAsync(AccountInfo account, CancellationToken cancellationToken) => Add($"enabled {account.Email}");

    public Task MembershipChangedAsync(AccountInfo account, string tenantName, IReadOnlyList<string> roles, CancellationToken cancellationToken) =>
        Add($"membership {account.Email} {tenantName} [{string.Join(",", roles)}]");

    private Task Add(string text)
    {
        Events.Enqueue(text);
        return Task.CompletedTask;
    }
}
