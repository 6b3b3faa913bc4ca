using Intranet.Testing;
using Microsoft.Playwright;

namespace Intranet.StaffDirectory.Tests;

/// <summary>
/// The province fixture served by Kestrel on a free port, and Debian's Chromium driven by Playwright (no browser
/// download: <c>scripts/deps/browser.sh</c> installs the package).
/// </summary>
public sealed class BrowserFixture : ProvinceFixture
{
    public BrowserFixture()
        : base(new ServedIntranetFactory())
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
        Browser = await Chromium.LaunchAsync(Playwright);
    }

    public override async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await base.DisposeAsync();
    }
}
