namespace Intranet.Core.Tenants;

/// <summary>
/// The tenant the current code runs for: the request's tenant, or the one a background job or recipe
/// entered. Flows with the async context, so scoped services (DbContexts) bind to it lazily.
/// </summary>
public interface ITenantAccessor
{
    Tenant? Current { get; }

    /// <summary>The current tenant, or an exception when code runs outside any tenant.</summary>
    Tenant Required { get; }

    /// <summary>Runs the following code for <paramref name="tenant"/> until the returned scope is disposed.</summary>
    IDisposable Enter(Tenant tenant);
}
