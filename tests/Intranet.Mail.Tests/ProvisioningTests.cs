using Intranet.Core.Accounts;
using Intranet.Mail.Data;
using Intranet.Mail.Models;
using Intranet.Mail.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Mail.Tests;

/// <summary>Mailboxes for a whole department at once (a department given a domain after its people had accounts).</summary>
public sealed class ProvisioningTests : IDisposable
{
    private static readonly string[] Names =
    [
        "Nguyễn Văn An", "Nguyễn Văn An", "Trần Thị Bích", "Nguyễn Văn An", "Lê Đức Thắng", "Trần Thị Bích", "Phạm Minh Tuấn", "Nguyễn Văn An",
    ];

    private readonly List<AccountInfo> _members = [];
    private readonly MailServices _mail;

    public ProvisioningTests() =>
        _mail = new(settings: new Dictionary<string, string?> { ["Intranet:Mail:BcryptCost"] = "4" },
            configure: services => services.AddSingleton<IAccountDirectory>(new MemberList(_members)));

    public void Dispose() => _mail.Dispose();

    [Fact]
    public async Task Bulk_GivesTheSameAddressesAsOneEventPerAccount_InTheSameOrder()
    {
        await using var scope = _mail.Scope();
        var domains = scope.ServiceProvider.GetRequiredService<MailDomainService>();
        await domains.CreateAsync(new DomainInput { Name = "mot.tinh.test", Tenants = ["so-mot"] });
        await domains.CreateAsync(new DomainInput { Name = "hai.tinh.test", Tenants = ["so-hai"] });
        var handler = scope.ServiceProvider.GetRequiredService<MailAccountEventHandler>();
        foreach (var name in Names)
        {
            await handler.CreatedAsync(Accounts.Person(name, "so-mot"), default);
        }

        var created = await scope.ServiceProvider.GetRequiredService<MailProvisioningService>()
            .ProvisionAsync("so-hai", [.. Names.Select(n => Accounts.Person(n, "so-hai"))]);

        Assert.Equal(Names.Length, created);
        Assert.Equal(await LocalParts(scope, "mot.tinh.test"), await LocalParts(scope, "hai.tinh.test"));
        Assert.Equal(["nguyenvanan", "nguyenvanan2", "tranthibich", "nguyenvanan3", "leducthang", "tranthibich2", "phamminhtuan", "nguyenvanan4"], await LocalParts(scope, "hai.tinh.test"));
    }

    [Fact]
    public async Task Bulk_SkipsTakenAddressesAndExistingMailboxes_AndFillsTheAllStaffList()
    {
        await using var scope = _mail.Scope();
        var domainId = await scope.ServiceProvider.GetRequiredService<MailDomainService>().CreateAsync(new DomainInput { Name = "so.tinh.test", Tenants = ["so-ba"] });
        await scope.ServiceProvider.GetRequiredService<MailAliasService>().AddAsync(new AliasInput { Address = "nguyenvanan@so.tinh.test", Destinations = ["vanthu@so.tinh.test"] });
        var login = Accounts.Person("Trần Thị Bích", "so-ba", email: "bich.tt@so.tinh.test");
        var left = Accounts.Person("Lê Văn Cũ", "so-ba") with { IsEnabled = false };
        var people = new[] { Accounts.Person("Nguyễn Văn An", "so-ba"), login, left };
        var provisioning = scope.ServiceProvider.GetRequiredService<MailProvisioningService>();

        Assert.Equal(3, await provisioning.ProvisionAsync("so-ba", people));
        Assert.Equal(0, await provisioning.ProvisionAsync("so-ba", people));

        var db = scope.ServiceProvider.GetRequiredService<MailDbContext>();
        var mailboxes = await db.Mailboxes.AsNoTracking().Where(m => m.DomainId == domainId).OrderBy(m => m.Id).ToListAsync();
        Assert.Equal(["nguyenvanan2@so.tinh.test", "bich.tt@so.tinh.test", "levancu@so.tinh.test"], mailboxes.Select(m => m.Email));
        Assert.False(mailboxes[2].IsActive);
        Assert.All(mailboxes, m => Assert.StartsWith("{BLF-CRYPT}$2", m.PasswordHash, StringComparison.Ordinal)); // a real hash nobody knows the secret of
        var list = await scope.ServiceProvider.GetRequiredService<MailListService>().TenantListAsync("so-ba");
        Assert.Equal(["bich.tt@so.tinh.test", "nguyenvanan2@so.tinh.test"], await scope.ServiceProvider.GetRequiredService<MailListService>().MembersAsync(list!.Id));
    }

    [Fact]
    public async Task ExistingMembersOfADepartment_GetMailboxes_WhenItIsGivenADomain_WithinTheDomainLimit()
    {
        _members.AddRange(Names.Select(n => Accounts.Person(n, "so-bon")));
        _members.Add(Accounts.Person("Hoàng Văn Khách", "so-khac")); // a member whose home is another department
        await using var scope = _mail.Scope();

        // Giving the department a domain is enough: its people do not wait for their next account event.
        await scope.ServiceProvider.GetRequiredService<MailDomainService>().CreateAsync(new DomainInput { Name = "bon.tinh.test", MaxMailboxes = 5, Tenants = ["so-bon"] });
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<MailProvisioningService>().ProvisionMembersAsync("so-bon"));

        var emails = await LocalParts(scope, "bon.tinh.test");
        Assert.Equal(["nguyenvanan", "nguyenvanan2", "tranthibich", "nguyenvanan3", "leducthang"], emails);

        // Raising the limit is enough for the people who were left out.
        var domains = scope.ServiceProvider.GetRequiredService<MailDomainService>();
        var domain = (await domains.ListAsync("bon.tinh.test", 1, 10)).Items.Single();
        await domains.UpdateAsync(domain.Id, new DomainInput { MaxMailboxes = 20, Tenants = ["so-bon"] });
        Assert.Equal(Names.Length, (await LocalParts(scope, "bon.tinh.test")).Count);
    }

    private static async Task<List<string>> LocalParts(AsyncServiceScope scope, string domain) =>
        await scope.ServiceProvider.GetRequiredService<MailDbContext>().Mailboxes.AsNoTracking()
            .Where(m => m.Domain!.Name == domain).OrderBy(m => m.Id).Select(m => m.LocalPart).ToListAsync();

    /// <summary>The Users module's member list for these tests: every account is a member of its home department.</summary>
    private sealed class MemberList(List<AccountInfo> members) : IAccountDirectory
    {
        public Task<AccountInfo?> FindByIdAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult(members.FirstOrDefault(m => m.Id == id));

        public Task<AccountInfo?> FindByEmailAsync(string email, CancellationToken cancellationToken = default) => Task.FromResult(members.FirstOrDefault(m => m.Email == email));

        public Task<IReadOnlyList<AccountInfo>> ListMembersAsync(string tenantName, int skip, int take, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<AccountInfo>>([.. members.Where(m => m.HomeTenant == tenantName || tenantName == "so-bon").Skip(skip).Take(take)]);
    }
}
