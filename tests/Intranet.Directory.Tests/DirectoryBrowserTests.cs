using System.Text;
using Microsoft.Playwright;

namespace Intranet.StaffDirectory.Tests;

/// <summary>A civil servant finds a colleague from the header search box with the keyboard, opens the profile and saves the vCard.</summary>
public sealed class DirectoryBrowserTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _f;

    public DirectoryBrowserTests(BrowserFixture fixture) => _f = fixture;

    [Fact]
    public async Task Type_in_the_header_search_pick_a_person_open_the_profile_and_download_the_vcard()
    {
        await using var context = await _f.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _f.BaseAddress.ToString(), AcceptDownloads = true, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            // The browser asks for /favicon.ico on its own; the themes do not ship one (yet).
            if (message.Type == "error" && !message.Location.Contains("favicon.ico", StringComparison.Ordinal))
            {
                errors.Add(message.Text + " @ " + message.Location);
            }
        };

        await page.GotoAsync("/account/login?ReturnUrl=%2Fdirectory");
        await page.FillAsync("input[name=Email]", _f.Email("ha", _f.SoB));
        await page.FillAsync("input[name=Password]", ProvinceFixture.Password);
        await page.PressAsync("input[name=Password]", "Enter");
        await page.WaitForURLAsync("**/directory");

        // Given name first, no marks, as people type it.
        var search = page.Locator("form[role=search] input[name=q]").First;
        await search.PressSequentiallyAsync("hanh tran", new LocatorPressSequentiallyOptions { Delay = 40 });
        // Each keystroke fetches suggestions; wait for the list answering the whole text before walking it.
        await page.Locator("#header-search-suggestions a[href*='q=hanh%20tran']").WaitForAsync();
        await Assertions.Expect(page.Locator("#header-search-suggestions a").First).ToContainTextAsync("Trần Thị Bích Hạnh");

        // ↓ moves from the box to the first suggestion (the theme's keyboard handling), Enter opens it.
        var first = page.Locator("#header-search-suggestions a").First;
        await search.PressAsync("ArrowDown");
        await Assertions.Expect(first).ToBeFocusedAsync();
        await first.PressAsync("Enter");
        await page.WaitForURLAsync("**/people/*", new PageWaitForURLOptions { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Trần Thị Bích Hạnh");
        await Assertions.Expect(page.Locator("[data-field=officePhone]")).ToHaveTextAsync("0290 3802 101");
        Assert.Equal(0, await page.Locator("[data-field=mobile]").CountAsync()); // Department-only, and the reader is from another department
        Assert.Equal(0, await page.Locator("[data-field=room]").CountAsync()); // Hidden

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-vcard"));
        Assert.EndsWith(".vcf", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var card = Assert.Single(VCardParser.Parse(await File.ReadAllTextAsync(path!, Encoding.UTF8)));
        Assert.Equal("Trần Thị Bích Hạnh", card.Get("FN"));
        Assert.Equal("tel:0290-3802-101", card.Properties.Single(p => p.Name == "TEL").Value);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
