using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Intranet.BrowserTests;

/// <summary>Runs a test body in a fresh page; on failure, stores a full-page screenshot named after the test.</summary>
public abstract class BrowserTest : IClassFixture<BrowserFixture>
{
    protected BrowserTest(BrowserFixture fixture) => Fixture = fixture;

    protected BrowserFixture Fixture { get; }

    protected async Task InPageAsync(Func<IPage, Task> body, [CallerMemberName] string name = "")
    {
        var page = await Fixture.NewPageAsync();
        try
        {
            await body(page);
            if (Environment.GetEnvironmentVariable("INTRANET_SCREENSHOTS") == "always")
            {
                await ScreenshotAsync(page, name);
            }
        }
        catch
        {
            var file = await ScreenshotAsync(page, name + ".failed");
            Console.Error.WriteLine($"Screenshot of the failed page: {file}");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    protected async Task SignInAsync(IPage page, string email, string password)
    {
        // From a redirect to the sign-in page the form carries the ReturnUrl; otherwise open the page.
        if (!page.Url.Contains("/account/login", StringComparison.Ordinal))
        {
            await page.GotoAsync("/account/login");
        }

        await page.Locator("main input[name=Email]").FillAsync(email);
        await page.Locator("main input[name=Password]").FillAsync(password);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>A screenshot at a step worth looking at, when INTRANET_SCREENSHOTS=always (for reviewing the UI).</summary>
    protected static async Task SnapAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("INTRANET_SCREENSHOTS") == "always")
        {
            await ScreenshotAsync(page, name);
        }
    }

    private static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        var file = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png");
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        }
        catch (PlaywrightException)
        {
            // The page is gone (crashed browser): the test's own error says more than a screenshot could.
        }

        return file;
    }
}
