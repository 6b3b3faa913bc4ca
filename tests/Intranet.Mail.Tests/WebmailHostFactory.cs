using System.Net;
using Intranet.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Mail.Tests;

/// <summary>
/// The whole host on a real socket (for Chromium too), using the fixture's mail.db, Dovecot and Postfix, so
/// departments created through the API get mailboxes the servers serve and the webmail reads.
/// </summary>
public sealed class WebmailHostFactory : IntranetFactory
{
    /// <summary>Small, so the refusal test uploads little.</summary>
    public const long MaxAttachmentBytes = 256 * 1024;

    private readonly MailServerFixture _servers;

    public WebmailHostFactory(MailServerFixture servers)
    {
        _servers = servers;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public Uri Address { get; private set; } = null!;

    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First());
        return Address;
    }

    /// <summary>A cookie client on the real socket that does not follow redirects (what a test inspects).</summary>
    public HttpClient CreateCookieClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = Address };

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _servers.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Intranet:Mail:DatabasePath", _servers.Mail.Database.FilePath);
        builder.UseSetting("Intranet:Mail:SieveAdminPath", _servers.Mail.Database.SieveAdminPath);
        builder.UseSetting("Intranet:Mail:BcryptCost", "4");
        builder.UseSetting("Intranet:Mail:Webmail:MaxAttachmentBytes", MaxAttachmentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Intranet:Mail:Webmail:PageSize", "20");
        // The modules' CSS and scripts are static web assets of their class libraries (for the browser test).
        builder.UseStaticWebAssets();
        // Every request comes from loopback on a real socket: a whole suite shares one client address.
        builder.UseSetting("Intranet:Users:RateLimits:PerClientLimit", "10000");
    }
}
