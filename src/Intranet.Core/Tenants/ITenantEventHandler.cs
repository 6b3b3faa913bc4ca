namespace Intranet.Core.Tenants;

/// <summary>Lets modules follow tenants' lives: a removed tenant's host-level rows (memberships, mail domain, index) go with it.</summary>
public interface ITenantEventHandler
{
    Task CreatedAsync(Tenant tenant, CancellationToken cancellationToken) => Task.CompletedTask;

    Task StateChangedAsync(Tenant tenant, TenantState previous, CancellationToken cancellationToken) => Task.CompletedTask;

    Task RemovingAsync(Tenant tenant, CancellationToken cancellationToken) => Task.CompletedTask;
}
