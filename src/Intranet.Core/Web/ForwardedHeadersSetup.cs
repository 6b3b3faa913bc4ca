using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;

namespace Intranet.Core.Web;

/// <summary>
/// X-Forwarded-For/-Proto are believed only from the proxies in <c>Intranet:ForwardedHeaders:KnownProxies</c>
/// (addresses) and <c>KnownNetworks</c> (CIDR); with neither configured, only from loopback (a proxy on the same
/// machine). Then HSTS, Secure and <c>__Host-</c> cookies work behind a TLS-terminating proxy, and the client
/// address that rate limits key on is the real client's, while nobody else can claim HTTPS or another address.
/// X-Forwarded-Host is never used: links come from <see cref="IPublicUrls"/>.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public const string Section = "Intranet:ForwardedHeaders";

    public static void Configure(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        var proxies = configuration.GetSection(Section + ":KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection(Section + ":KnownNetworks").Get<string[]>() ?? [];
        if (proxies.Length == 0 && networks.Length == 0)
        {
            return; // ASP.NET Core's default: loopback only
        }

        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var address)
                ? address
                : throw new InvalidOperationException($"{Section}:KnownProxies: \"{proxy}\" is not an IP address."));
        }

        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var parsed)
                ? parsed
                : throw new InvalidOperationException($"{Section}:KnownNetworks: \"{network}\" is not a network in CIDR form (10.0.0.0/8)."));
        }
    }
}
