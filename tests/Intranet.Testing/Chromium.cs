using Microsoft.Playwright;

namespace Intranet.Testing;

/// <summary>
/// Debian's Chromium driven by Playwright, launched the one way every browser test uses (scripts/deps/browser.sh
/// installs the package; Playwright's own browsers are never downloaded).
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
}
