using System.Net;
using Intranet.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.BrowserTests;

/// <summary>
/// The whole host on a real Kestrel socket (127.0.0.1, a free port) so a real browser can reach it, on a fresh
/// App_Data with the known administrator and the demo province (departments, news, pages).
/// </summary>
public sealed class BrowserServer : IntranetFactory
{
    public BrowserServer()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    protected override string DemoRecipe => "demo-province";

    /// <summary>The address Kestrel listens on, e.g. http://127.0.0.1:40213.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        // The themes' CSS and the modules' scripts are static web assets of their class libraries: serve them
        // from the build output as `dotnet run` does in Development.
        builder.UseStaticWebAssets();
        // Every request comes from loopback on a real socket: a whole suite shares one client address.
        builder.UseSetting("Intranet:Users:RateLimits:PerClientLimit", "10000");
    }
}
