using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Users.Tests;

/// <summary>Low per-address limits, one known proxy, and client addresses chosen by the test.</summary>
public sealed class ThrottledFactory : UsersFactory
{
    public const string Proxy = "10.9.9.9";

    protected override void ConfigureMore(IWebHostBuilder builder)
    {
        builder.UseSetting("Intranet:Users:RateLimits:PerClientLimit", "5");
        builder.UseSetting("Intranet:Users:RateLimits:PerClientWindow", "00:10:00");
        builder.UseSetting("Intranet:ForwardedHeaders:KnownProxies:0", Proxy);
        builder.UseSetting("Intranet:PublicUrl", "https://intranet.binhan.test");
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
    }
}
