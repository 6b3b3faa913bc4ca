using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Core.Modules;

/// <summary>
/// A feature's entry point. Services are registered once in the single container (tenants are data, not
/// containers); endpoints mapped in <see cref="Configure"/> carry the feature id, so a tenant where the
/// feature is off answers 404.
/// </summary>
public abstract class StartupBase
{
    /// <summary>Lower runs first, after dependency order.</summary>
    public virtual int Order => 0;

    public virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual void Configure(IEndpointRouteBuilder endpoints)
    {
    }
}
