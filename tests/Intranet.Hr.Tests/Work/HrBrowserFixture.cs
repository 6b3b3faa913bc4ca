using Intranet.Testing;
using Microsoft.Playwright;

namespace Intranet.Hr.Tests.Work;

/// <summary>
/// The HR fixture served by Kestrel on a free port, and Debian's Chromium driven by Playwright (as the directory's
/// browser test: no browser download, <c>scripts/deps/browser.sh</c> installs the package).
/// </summary>
public sealed class HrBrowserFixture : HrWorkFixture
{
    public HrBrowserFixture()
        : base(CreateFactory())
    {
    }

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Factory.StartServer();
        using (var probe = Factory.CreateClient())
        {
            BaseAddress = probe.BaseAddress!;
        }

        await base.InitializeAsync();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public override async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await base.DisposeAsync();
    }

    private static StaticAssetsFactory CreateFactory()
    {
        var factory = new StaticAssetsFactory();
        factory.UseKestrel(0);
        return factory;
    }

    /// <summary>Serves the modules' and themes' static web assets (/_content/…) outside Development, as a browser needs them.</summary>
    private sealed class StaticAssetsFactory : IntranetFactory
    {
        protected override void ConfigureSettings(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            Microsoft.AspNetCore.Hosting.WebHostBuilderExtensions.UseStaticWebAssets(builder);
            builder.UseSetting("Intranet:Users:RateLimits:PerClientLimit", "10000");
        }
    }
}
