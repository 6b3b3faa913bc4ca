using Intranet.Core.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Users.Services;

/// <summary>Tells every module's <see cref="IAccountEventHandler"/> about an account change, inside the change's transaction.</summary>
public sealed class AccountEvents
{
    private readonly IServiceProvider _services;

    public AccountEvents(IServiceProvider services) => _services = services;

    private IEnumerable<IAccountEventHandler> Handlers => _services.GetServices<IAccountEventHandler>();

    public async Task CreatedAsync(AccountInfo account, CancellationToken cancellationToken)
    {
        foreach (var handler in Handlers)
        {
            await handler.CreatedAsync(account, cancellationToken);
        }
    }

    public async Task PasswordChangedAsync(AccountInfo account, string newPassword, CancellationToken cancellationToken)
    {
        foreach (var handler in Handlers)
        {
            await handler.PasswordChangedAsync(account, newPassword, cancellationToken);
        }
    }

    public async Task UpdatedAsync(AccountInfo account, CancellationToken cancellationToken)
    {
        foreach (var handler in Handlers)
        {
            await handler.UpdatedAsync(account, cancellationToken);
        }
    }

    public async Task DisabledAsync(AccountInfo account, CancellationToken cancellationToken)
    {
        foreach (var handler in Handlers)
        {
            await handler.DisabledAsync(account, cancellationToken);
        }
    }

    public async Task EnabledAsync(AccountInfo account, CancellationToken cancellationToken)
    {
        foreach (var handler in Handlers)
        {
            await handler.EnabledAsync(account, cancellationToken);
        }
    }

    public async Task MembershipChangedAsync(AccountInfo account, string tenantName, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        foreach (var handler in Handlers)
        {
            await handler.MembershipChangedAsync(account, tenantName, roles, cancellationToken);
        }
    }
}
