using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Intranet.Testing;
using Intranet.Users.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Security.Tests;

/// <summary>
/// The host and two departments from the department recipe (the province administrator is Administrator of
/// both), a member of each, and real objects for the route parameters: a unit and a person in department A,
/// a mail domain and a mailbox, a custom role. Objects that an unsafe request may change or remove (a third
/// tenant, an account, the role) are sacrificial: nothing else in the suite depends on them.
/// </summary>
public sealed class SecurityFixture : IAsyncLifetime
{
    public const string Password = "ngựa-xanh-chạy-trên-đồi-9";

    public SecurityFactory Factory { get; } = new();

    public string DepartmentA { get; } = ApiClientExtensions.NewTenantName("pa");

    public string DepartmentB { get; } = ApiClientExtensions.NewTenantName("pb");

    /// <summary>A tenant only the tenant routes ({name}) point at.</summary>
    public string VictimTenant { get; } = ApiClientExtensions.NewTenantName("pv");

    public string VictimAccountId { get; private set; } = "";

    public string RoleName { get; } = "ThuNghiem";

    public string UnitId { get; private set; } = "";

    public int PersonId { get; private set; } = 1;

    public int MailDomainId { get; private set; } = 1;

    public int MailboxId { get; private set; } = 1;

    public SignedInClient Admin { get; private set; } = null!;

    /// <summary>Member (no other role) of department A.</summary>
    public SignedInClient MemberA { get; private set; } = null!;

    /// <summary>Member of department B only.</summary>
    public SignedInClient MemberB { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var admin = await Factory.CreateAdminApiClientAsync();
        var variables = new { adminEmail = IntranetFactory.AdminEmail };
        await admin.CreateTenantAsync(DepartmentA, variables: variables);
        await admin.CreateTenantAsync(DepartmentB, variables: variables);
        // The province administrator is no member of the sacrificial tenant: removing it must not touch the suite's own sessions.
        await admin.CreateTenantAsync(VictimTenant);

        var memberA = $"thanhvien.a.{Guid.NewGuid():N}"[..20] + "@so.test";
        var memberB = $"thanhvien.b.{Guid.NewGuid():N}"[..20] + "@so.test";
        await CreateAccountAsync(memberA, DepartmentA);
        await CreateAccountAsync(memberB, DepartmentB);
        VictimAccountId = await CreateAccountAsync($"nannhan.{Guid.NewGuid():N}"[..16] + "@so.test", DepartmentA);

        await ExpectAsync(admin.PutAsJsonAsync($"/{DepartmentA}/api/roles/{RoleName}", new { description = "Vai trò thử nghiệm", permissions = Array.Empty<string>() }));
        using (var unit = await ReadAsync(admin.PostAsJsonAsync($"/{DepartmentA}/api/directory/units", new { id = "phong-thu-nghiem", name = "Phòng Thử nghiệm", kind = "phong" })))
        {
            UnitId = unit.RootElement.GetProperty("id").GetString()!;
        }

        using (var person = await ReadAsync(admin.PostAsJsonAsync($"/{DepartmentA}/api/directory/people", new { email = "nguoi.thu@so.test", fullName = "Trần Thị Thử", unit = UnitId, position = "Chuyên viên" })))
        {
            PersonId = person.RootElement.GetProperty("id").GetInt32();
        }

        using (var domain = await ReadAsync(admin.PostAsJsonAsync("/api/mail/domains", new { name = DepartmentA + ".tinh.test", maxMailboxes = 100, maxAliases = 100 })))
        {
            MailDomainId = domain.RootElement.GetProperty("id").GetInt32();
        }

        using (var mailbox = await ReadAsync(admin.PostAsJsonAsync("/api/mail/mailboxes", new { domainId = MailDomainId, displayName = "Hồ Thị Xuân" })))
        {
            MailboxId = mailbox.RootElement.GetProperty("id").GetInt32();
        }

        Admin = await SignInAsync("province administrator", IntranetFactory.AdminEmail, Factory.AdminPassword);
        MemberA = await SignInAsync("member of A", memberA, Password);
        MemberB = await SignInAsync("member of B", memberB, Password);
    }

    /// <summary>The tenant a request prefix resolves to ("" is the host).</summary>
    public Tenant TenantOf(string prefix)
    {
        var table = Factory.Services.GetRequiredService<ITenantRegistry>().Table;
        return prefix.Length == 0 ? table.Host : table.FindByName(prefix.TrimStart('/')) ?? throw new InvalidOperationException("no tenant " + prefix);
    }

    public async Task<SignedInClient> SignInAsync(string label, string email, string password)
    {
        var browser = Factory.CreateBrowserClient();
        var token = SignedInClient.TokenOf(await browser.GetStringAsync("/account/login"));
        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} answered {(int)response.StatusCode}.");
        }

        var bearer = await Factory.CreateApiClientAsync(email, password);
        return new SignedInClient(label, browser, bearer);
    }

    public async Task DisposeAsync()
    {
        Admin?.Dispose();
        MemberA?.Dispose();
        MemberB?.Dispose();
        await Factory.DisposeAsync();
    }

    private async Task<string> CreateAccountAsync(string email, string tenant)
    {
        using var enter = Factory.Services.GetRequiredService<ITenantAccessor>().Enter(Factory.Services.GetRequiredService<IHostTenantProvider>().Host);
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountChanges>().RunAsync(async manager =>
        {
            var account = await manager.CreateAsync(email, "Cán bộ thử nghiệm", tenant, Password, mustChangePassword: false);
            await manager.SetMembershipAsync(account, tenant, ["Member"]);
            return account.Id;
        });
    }

    private static async Task ExpectAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<JsonDocument> ReadAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(text);
    }
}
