using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Intranet.Testing;
using MailKit;
using MailKit.Search;
using MimeKit;

namespace Intranet.Mail.Tests;

/// <summary>The webmail pages through the whole host, on the real servers: sending, limits, safe reading, isolation, permissions.</summary>
[Collection(MailServerCollection.Name)]
public sealed class WebmailHostTests
{
    private readonly MailServerFixture _servers;

    public WebmailHostTests(MailServerFixture servers) => _servers = servers;

    [Fact]
    public async Task ComposeWithAttachment_IsDelivered_CopyInSent_AndTheRecipientReadsItAndDownloadsTheFile()
    {
        var dept = await WebmailDepartment.CreateAsync(_servers);
        await dept.AddPersonAsync("an", "Nguyễn Văn An");
        await dept.AddPersonAsync("binh", "Trần Thị Bình");
        var an = await dept.SignInAsync(dept.Email("an"));

        var inbox = await an.GetAsync(dept.Url("/webmail"));
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        var inboxHtml = WebUtility.HtmlDecode(await inbox.Content.ReadAsStringAsync());
        Assert.Contains($"href=\"/{dept.Tenant}/webmail\"", inboxHtml, StringComparison.Ordinal); // "Thư công vụ" in the site menu
        Assert.Contains("Hộp thư đến", inboxHtml, StringComparison.Ordinal);
        Assert.Contains("Thư đã gửi", inboxHtml, StringComparison.Ordinal);
        Assert.Contains("Đã dùng", inboxHtml, StringComparison.Ordinal); // quota bar (the department's 2 GB default)

        var subject = "Kế hoạch công tác tháng 12 " + Guid.NewGuid().ToString("N")[..6];
        var file = "Nội dung kế hoạch\n"u8.ToArray();
        var sent = await SendAsync(an, dept, dept.Email("binh"), subject, "Kính gửi chị Bình,\n<b>không phải HTML</b>", ("kế hoạch tháng 12.txt", file));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("/webmail?folder=Sent", sent.Headers.Location!.ToString(), StringComparison.Ordinal);

        var received = await MailClient.WaitForAsync(_servers.ImapPort, dept.Email("binh"), WebmailDepartment.Password, subject);
        Assert.NotNull(received);
        Assert.Equal(dept.Email("an"), received.From.Mailboxes.Single().Address);
        Assert.Equal("kế hoạch tháng 12.txt", Assert.Single(received.Attachments).ContentDisposition?.FileName);

        var sentList = WebUtility.HtmlDecode(await an.GetStringAsync(dept.Url("/webmail?folder=Sent")));
        Assert.Contains(subject, sentList, StringComparison.Ordinal);

        var binh = await dept.SignInAsync(dept.Email("binh"));
        var list = await binh.GetStringAsync(dept.Url("/webmail"));
        var uid = Regex.Match(list, @"read\?folder=INBOX&(?:amp;)?uid=(\d+)").Groups[1].Value;
        Assert.Contains("fw-bold webmail-unread", list, StringComparison.Ordinal);
        var read = await binh.GetStringAsync(dept.Url($"/webmail/read?folder=INBOX&uid={uid}"));
        Assert.Contains(subject, WebUtility.HtmlDecode(read), StringComparison.Ordinal);
        Assert.Contains("sandbox=\"allow-same-origin allow-popups allow-popups-to-escape-sandbox\"", read, StringComparison.Ordinal);
        var body = await binh.GetStringAsync(dept.Url($"/webmail/body?folder=INBOX&uid={uid}"));
        Assert.Contains("&lt;b&gt;", body, StringComparison.Ordinal); // plain text is escaped
        Assert.Contains("<b>không phải HTML</b>", WebUtility.HtmlDecode(body), StringComparison.Ordinal);
        Assert.DoesNotContain("fw-bold webmail-unread", await binh.GetStringAsync(dept.Url("/webmail")), StringComparison.Ordinal); // read marks seen

        var index = Regex.Match(read, @"attachment\?folder=INBOX&(?:amp;)?uid=\d+&(?:amp;)?index=(\d+)").Groups[1].Value;
        var download = await binh.GetAsync(dept.Url($"/webmail/attachment?folder=INBOX&uid={uid}&index={index}"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/plain", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("kế hoạch tháng 12.txt", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(file, await download.Content.ReadAsByteArrayAsync());

        // Reply pre-fills the form: the sender, "Re:" and the quoted text.
        var reply = WebUtility.HtmlDecode(await binh.GetStringAsync(dept.Url($"/webmail/compose?mode=Reply&folder=INBOX&uid={uid}")));
        Assert.Contains(dept.Email("an"), reply, StringComparison.Ordinal);
        Assert.Contains("Re: " + subject, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedAttachment_Is413WithAVietnameseMessage_InvalidAddressIs400_AndNothingIsSent()
    {
        var dept = await WebmailDepartment.CreateAsync(_servers);
        await dept.AddPersonAsync("cuong", "Lê Văn Cường");
        await dept.AddPersonAsync("dung", "Phạm Thị Dung");
        var cuong = await dept.SignInAsync(dept.Email("cuong"));
        var subject = "Không được đi " + Guid.NewGuid().ToString("N")[..6];

        var big = await SendAsync(cuong, dept, dept.Email("dung"), subject, "x", ("lon.pdf", new byte[WebmailHostFactory.MaxAttachmentBytes + 1]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        var bigHtml = WebUtility.HtmlDecode(await big.Content.ReadAsStringAsync());
        Assert.Contains("Tệp đính kèm quá lớn", bigHtml, StringComparison.Ordinal);
        Assert.Contains(subject, bigHtml, StringComparison.Ordinal); // the form keeps what was typed

        var invalid = await SendAsync(cuong, dept, "dung@@" + dept.Domain, subject, "x");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("không hợp lệ", WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        await Task.Delay(300);
        Assert.Equal(0, await MailClient.CountAsync(_servers.ImapPort, dept.Email("dung"), WebmailDepartment.Password, subject));
        using var client = await MailClient.ImapAsync(_servers.ImapPort, dept.Email("cuong"), WebmailDepartment.Password);
        var sentFolder = client.GetFolder(SpecialFolder.Sent)!;
        await sentFolder.OpenAsync(FolderAccess.ReadOnly);
        Assert.Equal(0, sentFolder.Count);
    }

    [Fact]
    public async Task HtmlBody_IsSanitised_RemoteImagesWaitForTheReader_AndCidImagesAreServedByTheApp()
    {
        var dept = await WebmailDepartment.CreateAsync(_servers);
        await dept.AddPersonAsync("em", "Hoàng Văn Em");
        var builder = new BodyBuilder
        {
            HtmlBody = """
                <html><head><style>body{background:url(http://tracker.example/css.png)}</style></head><body>
                <p onclick="alert(1)">Xin chào <a href="https://dichvucong.gov.vn/">cổng dịch vụ công</a></p>
                <script>document.title='pwned'</script>
                <img src="http://tracker.example/pixel.gif?u=em" onerror="alert(2)" alt="theo dõi">
                <img srcset="https://tracker.example/a.png 2x" alt="srcset">
                <div style="background-image:url('https://tracker.example/bg.png')">nền</div>
                <img src="cid:logo@so" alt="logo">
                <form action="https://phishing.example/"><input name="pw"></form><iframe src="https://evil.example/"></iframe>
                </body></html>
                """,
        };
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        var logo = builder.LinkedResources.Add("logo.png", png, new ContentType("image", "png"));
        logo.ContentId = "logo@so";
        var message = MailClient.Message("Đối tác <doitac@ben-ngoai.test>", dept.Email("em"), "Thư có HTML");
        message.Body = builder.ToMessageBody();
        await new WebmailHarness(_servers, WebmailDepartment.Password).AppendAsync(dept.Email("em"), "INBOX", [message]);

        var em = await dept.SignInAsync(dept.Email("em"));
        var list = await em.GetStringAsync(dept.Url("/webmail"));
        var uid = Regex.Match(list, @"read\?folder=INBOX&(?:amp;)?uid=(\d+)").Groups[1].Value;
        var read = await em.GetStringAsync(dept.Url($"/webmail/read?folder=INBOX&uid={uid}"));
        Assert.Contains("Hiển thị hình ảnh bên ngoài", read, StringComparison.Ordinal);

        var blocked = await em.GetAsync(dept.Url($"/webmail/body?folder=INBOX&uid={uid}"));
        var csp = blocked.Headers.GetValues("Content-Security-Policy").Single();
        Assert.StartsWith("default-src 'none'; img-src 'self' data:;", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Equal("SAMEORIGIN", blocked.Headers.GetValues("X-Frame-Options").Single());
        var html = await blocked.Content.ReadAsStringAsync();
        foreach (var forbidden in new[] { "<script", "onerror", "onclick", "tracker.example", "<form", "<iframe", "phishing", "alert(" })
        {
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("rel=\"noopener noreferrer\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://dichvucong.gov.vn/\"", html, StringComparison.Ordinal);
        var cid = Regex.Match(html, "src=\"(/" + dept.Tenant + "/webmail/inline\\?[^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(cid);
        var image = await em.GetAsync(WebUtility.HtmlDecode(cid));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await image.Content.ReadAsByteArrayAsync());

        var allowed = await em.GetAsync(dept.Url($"/webmail/body?folder=INBOX&uid={uid}&images=true"));
        Assert.Contains("img-src 'self' data: https: http:", allowed.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var allowedHtml = await allowed.Content.ReadAsStringAsync();
        Assert.Contains("http://tracker.example/pixel.gif", allowedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", allowedHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnotherAccount_CannotReachYourMessages_ByUidOrFolderTampering()
    {
        var dept = await WebmailDepartment.CreateAsync(_servers);
        await dept.AddPersonAsync("giang", "Vũ Thị Giang");
        await dept.AddPersonAsync("hai", "Đỗ Văn Hải");
        var secret = "Hồ sơ mật " + Guid.NewGuid().ToString("N")[..6];
        await new WebmailHarness(_servers, WebmailDepartment.Password).AppendAsync(dept.Email("giang"), "INBOX", [MailClient.Message("vanthu@ubnd.tinh.test", dept.Email("giang"), secret)]);
        await new WebmailHarness(_servers, WebmailDepartment.Password).AppendAsync(dept.Email("giang"), "Mat", [MailClient.Message("vanthu@ubnd.tinh.test", dept.Email("giang"), secret + " lưu")]);

        var hai = await dept.SignInAsync(dept.Email("hai"));
        foreach (var url in new[]
        {
            "/webmail/read?folder=INBOX&uid=1", "/webmail/body?folder=INBOX&uid=1", "/webmail/read?folder=Mat&uid=1",
            $"/webmail?folder=INBOX&mailbox={dept.Email("giang")}", $"/webmail/read?folder={Uri.EscapeDataString(dept.Email("giang") + "/INBOX")}&uid=1",
            "/webmail?folder=..%2FMat", $"/webmail/attachment?folder=INBOX&uid=1&index=0&user={dept.Email("giang")}",
        })
        {
            var response = await hai.GetAsync(dept.Url(url));
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotContain(secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WithoutUseWebmailInTheTenant_Is403_Anonymous_GoesToSignIn_AndNoMailbox_IsAClearPage()
    {
        var dept = await WebmailDepartment.CreateAsync(_servers);
        await dept.AddPersonAsync("khanh", "Bùi Văn Khánh");
        var admin = await Intranet.Testing.ApiClientExtensions.CreateAdminApiClientAsync(_servers.Host);
        Assert.True((await admin.PutAsJsonAsync(dept.Url("/api/roles/KhachMoi"), new { description = "Khách mời", permissions = Array.Empty<string>() })).IsSuccessStatusCode);
        var guestId = await dept.AddPersonAsync("khach", "Khách Mời", role: "KhachMoi");
        Assert.False(string.IsNullOrEmpty(guestId));

        var guest = await dept.SignInAsync(dept.Email("khach"));
        Assert.Equal(HttpStatusCode.Forbidden, (await guest.GetAsync(dept.Url("/webmail"))).StatusCode);
        var token = await (await dept.SignInAsync(dept.Email("khanh"))).AntiforgeryTokenAsync(dept.Url("/webmail"));
        var post = await guest.PostAsync(dept.Url("/webmail/delete"), new FormUrlEncodedContent([new("folder", "INBOX"), new("uid", "1"), new("__RequestVerificationToken", token)]));
        Assert.True(post.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, ((int)post.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain($"href=\"/{dept.Tenant}/webmail\"", await guest.GetStringAsync("/mail/help"), StringComparison.Ordinal);

        // A member of another department only: not a member here.
        var other = await WebmailDepartment.CreateAsync(_servers);
        var khanh = await dept.SignInAsync(dept.Email("khanh"));
        Assert.Equal(HttpStatusCode.Forbidden, (await khanh.GetAsync(other.Url("/webmail"))).StatusCode);

        var anonymous = _servers.Host.CreateCookieClient();
        var redirect = await anonymous.GetAsync(dept.Url("/webmail"));
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Contains("/account/login", redirect.Headers.Location!.ToString(), StringComparison.Ordinal);

        // Someone whose department has no mail domain: a page that says so, not an error.
        var plain = await WebmailDepartment.CreateWithoutDomainAsync(_servers);
        await plain.AddPersonAsync("minh", "Trịnh Văn Minh");
        var minh = await plain.SignInAsync(plain.Email("minh"));
        var none = await minh.GetAsync(plain.Url("/webmail"));
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Contains("chưa được cấp hộp thư công vụ", WebUtility.HtmlDecode(await none.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // POST without the antiforgery token is refused.
        var noToken = await khanh.PostAsync(dept.Url("/webmail/delete"), new FormUrlEncodedContent([new("folder", "INBOX"), new("uid", "1")]));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
    }

    [Fact]
    public async Task MasterLogin_IsInTheDepartmentsAuditTrail_WithTheMailbox()
    {
        var dept = await WebmailDepartment.CreateAsync(_servers);
        await dept.AddPersonAsync("lan", "Ngô Thị Lan", role: "Administrator");
        var lan = await dept.SignInAsync(dept.Email("lan"));
        Assert.Equal(HttpStatusCode.OK, (await lan.GetAsync(dept.Url("/webmail"))).StatusCode);

        var audit = await lan.GetStringAsync(dept.Url("/admin/audit?category=mail"));
        Assert.Contains("webmail.login", audit, StringComparison.Ordinal);
        Assert.Contains(dept.Email("lan"), audit, StringComparison.Ordinal);
        Assert.Contains("đơn vị: " + dept.Tenant, WebUtility.HtmlDecode(audit), StringComparison.Ordinal);
        Assert.DoesNotContain(_servers.MasterPassword, audit, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, WebmailDepartment dept, string to, string subject, string body, params (string Name, byte[] Content)[] files)
    {
        var token = await client.AntiforgeryTokenAsync(dept.Url("/webmail/compose"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(to), "To" },
            { new StringContent(subject), "Subject" },
            { new StringContent(body), "Body" },
            { new StringContent("New"), "Mode" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
            form.Add(part, "Files", name);
        }

        return await client.PostAsync(dept.Url("/webmail/send"), form);
    }
}
