using System.Text;
using Intranet.Testing;
using Microsoft.Playwright;

namespace Intranet.Mail.Tests;

/// <summary>Two civil servants in Chromium: one writes with an attachment, the other finds it, reads it and saves the file.</summary>
[Collection(MailServerCollection.Name)]
public sealed class WebmailBrowserTests
{
    private readonly MailServerFixture _servers;

    public WebmailBrowserTests(MailServerFixture servers) => _servers = servers;

    [Fact]
    public async Task SignIn_Compose_WithAttachment_Send_ThenTheRecipientReadsItAndDownloadsTheFile()
    {
        var dept = await WebmailDepartment.CreateAsync(_servers);
        await dept.AddPersonAsync("an", "Nguyễn Văn An");
        await dept.AddPersonAsync("binh", "Trần Thị Bình");
        var subject = "Giấy mời họp giao ban " + Guid.NewGuid().ToString("N")[..6];
        var text = "Kính gửi chị Bình, mời chị dự họp lúc 8 giờ sáng thứ Hai.";
        var file = Encoding.UTF8.GetBytes("Chương trình họp giao ban tuần 48\n");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var errors = new List<string>();

        // An writes.
        await using (var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _servers.HostAddress.ToString(), Locale = "vi-VN" }))
        {
            var page = await SignInAsync(context, dept, "an", errors);
            await page.ClickAsync("#webmail-compose");
            await page.WaitForURLAsync("**/webmail/compose");
            await page.FillAsync("#compose-to", $"Trần Thị Bình <{dept.Email("binh")}>");
            await page.FillAsync("#compose-subject", subject);
            await page.FillAsync("#compose-body", text);
            await page.SetInputFilesAsync("#compose-files", new FilePayload { Name = "chương trình họp.txt", MimeType = "text/plain", Buffer = file });
            await page.ClickAsync("#webmail-send");
            await page.WaitForURLAsync("**/webmail?folder=Sent");
            await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("Đã gửi thư");
            await Assertions.Expect(page.Locator("#webmail-list")).ToContainTextAsync(subject);

            // Folders switch in place (htmx), and the address bar follows.
            await page.ClickAsync(".webmail-folders a[data-folder=INBOX]");
            await Assertions.Expect(page.Locator("#webmail-main h1")).ToHaveTextAsync("Hộp thư đến");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/webmail\\?folder=INBOX$"));
            await Assertions.Expect(page.Locator("#webmail-empty")).ToBeVisibleAsync();
        }

        // Bình reads.
        await using (var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _servers.HostAddress.ToString(), Locale = "vi-VN", AcceptDownloads = true }))
        {
            var page = await SignInAsync(context, dept, "binh", errors);
            var row = page.Locator("#webmail-list tr", new PageLocatorOptions { HasText = subject });
            for (var attempt = 0; attempt < 30 && await row.CountAsync() == 0; attempt++)
            {
                await Task.Delay(300); // delivery through Postfix and LMTP is asynchronous
                await page.ReloadAsync();
            }

            await Assertions.Expect(row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("webmail-unread"));
            await Assertions.Expect(row).ToContainTextAsync("Nguyễn Văn An");
            await row.Locator("a").ClickAsync();
            await page.WaitForURLAsync("**/webmail/read?**");
            await Assertions.Expect(page.Locator("#webmail-subject")).ToHaveTextAsync(subject);
            await Assertions.Expect(page.FrameLocator("#webmail-body").Locator("body")).ToContainTextAsync(text);

            var link = page.Locator(".webmail-attachments a", new PageLocatorOptions { HasText = "chương trình họp.txt" });
            var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
            Assert.Equal("chương trình họp.txt", download.SuggestedFilename);
            Assert.Equal(file, await File.ReadAllBytesAsync((await download.PathAsync())!));

            // Back to the list with the keyboard-reachable link: the message is no longer bold.
            await page.ClickAsync("text=← Danh sách");
            await Assertions.Expect(page.Locator("#webmail-list tr", new PageLocatorOptions { HasText = subject })).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("webmail-unread"));
        }

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task AnHtmlMessage_ShowsItsInlineImage_ButFetchesNothingRemote_UntilTheReaderAsks()
    {
        var dept = await WebmailDepartment.CreateAsync(_servers);
        await dept.AddPersonAsync("hoa", "Kiều Thị Hoa");
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        var builder = new MimeKit.BodyBuilder
        {
            HtmlBody = "<p>Xin chào chị Hoa</p><img alt=\"logo\" src=\"cid:logo@so\" width=\"16\" height=\"16\"><img alt=\"pixel\" src=\"http://tracker.example/pixel.png\"><script>document.body.innerHTML='hacked'</script>",
        };
        builder.LinkedResources.Add("logo.png", png, new MimeKit.ContentType("image", "png")).ContentId = "logo@so";
        var message = MailClient.Message("Bản tin <bantin@ben-ngoai.test>", dept.Email("hoa"), "Bản tin tuần có hình");
        message.Body = builder.ToMessageBody();
        await new WebmailHarness(_servers, WebmailDepartment.Password).AppendAsync(dept.Email("hoa"), "INBOX", [message]);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _servers.HostAddress.ToString(), Locale = "vi-VN" });
        var remote = 0;
        await context.RouteAsync("http://tracker.example/**", async route =>
        {
            Interlocked.Increment(ref remote);
            await route.FulfillAsync(new RouteFulfillOptions { ContentType = "image/png", BodyBytes = png });
        });
        var errors = new List<string>();
        var page = await SignInAsync(context, dept, "hoa", errors);
        await page.ClickAsync("#webmail-list a");
        await page.WaitForURLAsync("**/webmail/read?**");
        var frame = page.FrameLocator("#webmail-body");
        await Assertions.Expect(frame.Locator("p").First).ToHaveTextAsync("Xin chào chị Hoa"); // the script did not run
        await Assertions.Expect(frame.Locator("img[alt=logo]")).ToHaveJSPropertyAsync("naturalWidth", 1); // cid: image served by the app
        Assert.Equal(0, await frame.Locator("img[alt=pixel][src]").CountAsync()); // the remote source is gone
        Assert.Equal(0, Volatile.Read(ref remote));

        await page.ClickAsync("#webmail-show-images");
        await page.WaitForURLAsync("**images=true");
        await Assertions.Expect(page.FrameLocator("#webmail-body").Locator("img[src^='http://tracker.example']")).ToHaveJSPropertyAsync("naturalWidth", 1);
        Assert.True(Volatile.Read(ref remote) > 0);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static async Task<IPage> SignInAsync(IBrowserContext context, WebmailDepartment dept, string localPart, List<string> errors)
    {
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            // The browser asks for /favicon.ico on its own; the themes do not ship one.
            if (message.Type == "error" && !message.Location.Contains("favicon.ico", StringComparison.Ordinal))
            {
                errors.Add(message.Text + " @ " + message.Location);
            }
        };
        await page.GotoAsync("/account/login?ReturnUrl=" + Uri.EscapeDataString(dept.Url("/webmail")));
        await page.FillAsync("input[name=Email]", dept.Email(localPart));
        await page.FillAsync("input[name=Password]", WebmailDepartment.Password);
        await page.PressAsync("input[name=Password]", "Enter");
        await page.WaitForURLAsync("**/webmail");
        return page;
    }
}
