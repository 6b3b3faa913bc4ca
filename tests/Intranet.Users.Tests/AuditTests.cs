using System.Net;
using System.Net.Http.Json;
using Intranet.Testing;

namespace Intranet.Users.Tests;

/// <summary>Sign-ins and account changes reach the audit trail (category "auth" and "account"), without secrets.</summary>
public sealed class AuditTests : IClassFixture<UsersFactory>
{
    private readonly UsersFactory _factory;

    public AuditTests(UsersFactory factory) => _factory = factory;

    [Fact]
    public async Task FailedAndSuccessfulSignIns_AndADisable_AreAudited_WithoutThePassword()
    {
        var email = TestAccounts.NewEmail("kt");
        await _factory.CreateAsync(email);
        using var browser = _factory.CreateBrowserClient();
        await browser.SignInAsync(email, "mat-khau-sai-de-ghi-nhat-ky");
        await browser.SignInAsync(email, TestAccounts.Password);
        using var admin = await _factory.CreateAdminApiClientAsync();
        var id = (await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/users?q=" + email)).GetProperty("items")[0].GetProperty("id").GetString();
        await admin.PostAsync($"/api/users/{id}/disable", null);

        using var auditor = _factory.CreateBrowserClient();
        await auditor.SignInAsync(IntranetFactory.AdminEmail, _factory.AdminPassword);
        var auth = await auditor.GetAsync("/admin/audit?Category=auth&Q=" + Uri.EscapeDataString(email));
        Assert.Equal(HttpStatusCode.OK, auth.StatusCode);
        var page = await auth.Content.ReadAsStringAsync();
        Assert.Contains("sign-in.failed", page, StringComparison.Ordinal);
        Assert.Contains("sign-in.succeeded", page, StringComparison.Ordinal);
        Assert.DoesNotContain("mat-khau-sai-de-ghi-nhat-ky", page, StringComparison.Ordinal);
        var account = await auditor.GetStringAsync("/admin/audit?Category=account&Q=" + Uri.EscapeDataString(email));
        Assert.Contains("disabled", account, StringComparison.Ordinal);
    }
}
