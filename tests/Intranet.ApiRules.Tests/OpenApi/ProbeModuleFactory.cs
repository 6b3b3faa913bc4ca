using Intranet.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.ApiRules.Tests.OpenApi;

/// <summary>The host with this test assembly's controllers added, as a new module's assembly would be.</summary>
public sealed class ProbeModuleFactory : IntranetFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Intranet:Mail:BcryptCost", "4");
        builder.ConfigureTestServices(services => services.AddMvcCore().AddApplicationPart(typeof(ProbeApiController).Assembly));
    }
}
