using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Intranet.Testing;

namespace Intranet.Mail.Tests;

/// <summary>The mail API, the recipe step and client autoconfiguration through the whole host.</summary>
public sealed class MailHostTests : IClassFixture<MailHostFactory>
{
    private readonly MailHostFactory _factory;

    public MailHostTests(MailHostFactory factory) => _factory = factory;

    [Fact]
    public async Task DepartmentRecipe_GivesTheTenantADomain_AndItsAccountsMailboxes_NamedFromTheVietnameseName()
    {
        var admin = await _factory.CreateAdminApiClientAsync();
        var tenant = ApiClientExtensions.NewTenantName("so");
        var domain = tenant + ".tinh.test";
        await admin.CreateTenantAsync(tenant, "department-mail", variables: new { mailDomain = domain, adminEmail = $"ql-{tenant}@ngoai.test", adminName = "Nguyễn Văn Đức" });

        using var mailboxes = JsonDocument.Parse(await admin.GetStringAsync($"/api/mail/mailboxes?q={tenant}"));
        var item = mailboxes.RootElement.GetProperty("items").EnumerateArray().Single();
        Assert.Equal($"nguyenvanduc@{domain}", item.GetProperty("email").GetString());
        Assert.Equal(tenant, item.GetProperty("tenantName").GetString());
        Assert.Equal(2048, item.GetProperty("quotaMb").GetInt64());

        using var lists = JsonDocument.Parse(await admin.GetStringAsync($"/api/mail/lists?q={tenant}"));
        var list = lists.RootElement.GetProperty("items").EnumerateArray().Single();
        Assert.Equal($"tatca@{domain}", list.GetProperty("address").GetString());
        Assert.Equal(1, list.GetProperty("members").GetInt32());

        // The administration page lists the domain and the new mailbox, searchable by the Vietnamese name.
        var page = await admin.GetAsync($"/admin/mail?q=Đức");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(domain, html, StringComparison.Ordinal);
        Assert.Contains($"nguyenvanduc@{domain}", html, StringComparison.Ordinal);
        Assert.Contains("Hàng đợi thư thông báo", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_BadInput_IsProblemJsonInVietnamese_AndWritesNothing()
    {
        var admin = await _factory.CreateAdminApiClientAsync();
        var before = JsonDocument.Parse(await admin.GetStringAsync("/api/mail/domains?pageSize=200")).RootElement.GetProperty("total").GetInt32();

        var invalid = await admin.PostAsJsonAsync("/api/mail/domains", new { name = "tên miền sai", maxMailboxes = 10 });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("không hợp lệ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var negative = await admin.PostAsJsonAsync("/api/mail/domains", new { name = "am.tinh.test", maxMailboxes = -5 });
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        var broken = await admin.PostAsync("/api/mail/domains", new StringContent("{ khong phai json", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var missing = await admin.GetAsync("/api/mail/mailboxes/987654");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        var after = JsonDocument.Parse(await admin.GetStringAsync("/api/mail/domains?pageSize=200")).RootElement.GetProperty("total").GetInt32();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Api_AliasLoopAndOverLimit_AreRefusedWithClearMessages()
    {
        var admin = await _factory.CreateAdminApiClientAsync();
        var domain = "bd-" + Guid.NewGuid().ToString("N")[..6] + ".tinh.test";
        var created = await admin.PostAsJsonAsync("/api/mail/domains", new { name = domain, maxMailboxes = 1, maxAliases = 5 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/mail/mailboxes", new { domainId = id, displayName = "Hồ Thị Xuân" })).StatusCode);
        var over = await admin.PostAsJsonAsync("/api/mail/mailboxes", new { domainId = id, displayName = "Lê Văn Yên" });
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Contains("đã đủ 1 hộp thư", await over.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/mail/aliases", new { address = $"a@{domain}", destinations = new[] { $"b@{domain}" } })).StatusCode);
        var loop = await admin.PostAsJsonAsync("/api/mail/aliases", new { address = $"b@{domain}", destinations = new[] { $"a@{domain}" } });
        Assert.Equal(HttpStatusCode.BadRequest, loop.StatusCode);
        Assert.Contains("vòng lặp", await loop.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var duplicate = await admin.PostAsJsonAsync("/api/mail/aliases", new { address = $"a@{domain}", destinations = new[] { $"b@{domain}" } });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
    }

    [Fact]
    public async Task Api_WithoutToken_Is401_AndInADepartment_Is404()
    {
        var anonymous = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/mail/domains")).StatusCode);

        var admin = await _factory.CreateAdminApiClientAsync();
        var tenant = ApiClientExtensions.NewTenantName("pb");
        await admin.CreateTenantAsync(tenant, "department-mail", variables: new { mailDomain = tenant + ".tinh.test", adminEmail = $"ql-{tenant}@ngoai.test", adminName = "Quản trị" });
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/{tenant}/api/mail/domains")).StatusCode);
    }

    [Fact]
    public async Task Autoconfig_Thunderbird_BothForms_AndOutlookAutodiscover_DescribeTheServers()
    {
        var admin = await _factory.CreateAdminApiClientAsync();
        var domain = "ac-" + Guid.NewGuid().ToString("N")[..6] + ".tinh.test";
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/mail/domains", new { name = domain })).StatusCode);
        var client = _factory.CreateClient();

        var wellKnown = await client.GetAsync($"/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=an@{domain}");
        Assert.Equal(HttpStatusCode.OK, wellKnown.StatusCode);
        var config = XDocument.Parse(await wellKnown.Content.ReadAsStringAsync());
        var provider = config.Root!.Element("emailProvider")!;
        Assert.Equal("1.1", config.Root.Attribute("version")?.Value);
        Assert.Equal(domain, provider.Element("domain")?.Value);
        var imap = provider.Elements("incomingServer").Single(e => e.Attribute("type")?.Value == "imap");
        Assert.Equal($"mail.{domain}", imap.Element("hostname")?.Value);
        Assert.Equal("993", imap.Element("port")?.Value);
        Assert.Equal("SSL", imap.Element("socketType")?.Value);
        Assert.Equal("%EMAILADDRESS%", imap.Element("username")?.Value);
        var smtp = provider.Element("outgoingServer")!;
        Assert.Equal(("smtp", $"smtp.{domain}", "587", "STARTTLS"),
            (smtp.Attribute("type")?.Value, smtp.Element("hostname")?.Value, smtp.Element("port")?.Value, smtp.Element("socketType")?.Value));

        using var hostForm = new HttpRequestMessage(HttpMethod.Get, "/mail/config-v1.1.xml");
        hostForm.Headers.Host = "autoconfig." + domain;
        var byHost = await client.SendAsync(hostForm);
        Assert.Equal(HttpStatusCode.OK, byHost.StatusCode);
        Assert.Equal(domain, XDocument.Parse(await byHost.Content.ReadAsStringAsync()).Root!.Element("emailProvider")!.Element("domain")?.Value);

        var request = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">
              <Request><EMailAddress>an@{domain}</EMailAddress>
              <AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema></Request>
            </Autodiscover>
            """;
        var outlook = await client.PostAsync("/autodiscover/autodiscover.xml", new StringContent(request, Encoding.UTF8, "text/xml"));
        Assert.Equal(HttpStatusCode.OK, outlook.StatusCode);
        XNamespace ns = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";
        var account = XDocument.Parse(await outlook.Content.ReadAsStringAsync()).Descendants(ns + "Account").Single();
        Assert.Equal("email", account.Element(ns + "AccountType")?.Value);
        var protocols = account.Elements(ns + "Protocol").ToDictionary(p => p.Element(ns + "Type")!.Value);
        Assert.Equal("993", protocols["IMAP"].Element(ns + "Port")?.Value);
        Assert.Equal($"an@{domain}", protocols["SMTP"].Element(ns + "LoginName")?.Value);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=an@khong-co.test")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=khong-hop-le")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/autodiscover/autodiscover.xml", new StringContent("<không-phải-xml", Encoding.UTF8, "text/xml"))).StatusCode);

        var help = await client.GetStringAsync($"/mail/help?domain={domain}");
        Assert.Contains("Hướng dẫn cài đặt thư công vụ", help, StringComparison.Ordinal);
        Assert.Contains($"mail.{domain}", help, StringComparison.Ordinal);
    }
}
