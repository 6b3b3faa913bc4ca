using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Testing;

namespace Intranet.Mail.Tests;

/// <summary>A department with a mail domain created through the API on the webmail host, and people signed in to it.</summary>
public sealed class WebmailDepartment
{
    /// <summary>Each person's own password (set at first sign-in, as the Users module requires); IMAP accepts it too.</summary>
    public const string Password = "Webmail-Rieng-2026-Moi";

    private const string InitialPassword = "Mat-khau-webmail-2026";

    private WebmailDepartment(MailServerFixture servers, string tenant, string domain)
    {
        Servers = servers;
        Tenant = tenant;
        Domain = domain;
    }

    public MailServerFixture Servers { get; }

    public string Tenant { get; }

    public string Domain { get; }

    public static async Task<WebmailDepartment> CreateAsync(MailServerFixture servers)
    {
        var admin = await servers.Host.CreateAdminApiClientAsync();
        var tenant = ApiClientExtensions.NewTenantName("wm");
        var domain = tenant + ".tinh.test";
        await admin.CreateTenantAsync(tenant, "department-mail", variables: new { mailDomain = domain, adminEmail = IntranetFactory.AdminEmail, adminName = "Quản trị tỉnh" });
        return new WebmailDepartment(servers, tenant, domain);
    }

    /// <summary>A department without a mail domain (the plain "department" recipe, webmail on): its people have no mailbox.</summary>
    public static async Task<WebmailDepartment> CreateWithoutDomainAsync(MailServerFixture servers)
    {
        var admin = await servers.Host.CreateAdminApiClientAsync();
        var tenant = ApiClientExtensions.NewTenantName("kt");
        await admin.CreateTenantAsync(tenant, "department", variables: new { displayName = "Đơn vị không có thư", adminEmail = IntranetFactory.AdminEmail });
        return new WebmailDepartment(servers, tenant, "khong-co-thu.test");
    }

    /// <summary>A member of the department whose login is its official address (so the mailbox takes it); returns the account id.</summary>
    public async Task<string> AddPersonAsync(string localPart, string fullName, string role = "Member")
    {
        var admin = await Servers.Host.CreateAdminApiClientAsync();
        var response = await admin.PostAsJsonAsync($"/{Tenant}/api/users", new { email = Email(localPart), fullName, password = InitialPassword, roles = new[] { role } });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);

        // A password set by someone else must be changed at the first sign-in.
        var client = Servers.Host.CreateCookieClient();
        var login = await client.PostFormAsync("/account/login", "/account/login", ("Email", Email(localPart)), ("Password", InitialPassword), ("ReturnUrl", "/"));
        Assert.Contains("change-password", login.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        var change = await client.PostFormAsync("/account/change-password", "/account/change-password",
            ("CurrentPassword", InitialPassword), ("NewPassword", Password), ("ConfirmPassword", Password), ("ReturnUrl", "/"));
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }

    public string Email(string localPart) => $"{localPart}@{Domain}";

    /// <summary>A cookie client signed in as the person (no automatic redirects, like a browser a test inspects).</summary>
    public async Task<HttpClient> SignInAsync(string email, string password = Password)
    {
        var client = Servers.Host.CreateCookieClient();
        var response = await client.PostFormAsync("/account/login", "/account/login", ("Email", email), ("Password", password), ("ReturnUrl", "/"));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, System.Text.RegularExpressions.Regex.Match(await response.Content.ReadAsStringAsync(), "alert[^>]*>([^<]+)").Groups[1].Value);
        return client;
    }

    public string Url(string path) => $"/{Tenant}{path}";
}
