using Microsoft.AspNetCore.Hosting;

namespace Intranet.Testing;

/// <summary>
/// A host served by Kestrel on a free port, with the modules' and themes' static web assets (/_content/…) outside
/// Development, as a real browser needs them.
/// </summary>
public sealed class ServedIntranetFactory : IntranetFactory
{
    public ServedIntranetFactory() => UseKestrel(0);

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseStaticWebAssets();

        // Every request comes from loopback on a real socket: a whole suite shares one client address.
        builder.UseSetting("Intranet:Users:RateLimits:PerClientLimit", "10000");
    }
}
