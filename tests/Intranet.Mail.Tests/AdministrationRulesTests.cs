using Intranet.Mail.Data;
using Intranet.Mail.Models;
using Intranet.Mail.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Mail.Tests;

/// <summary>Administrators' changes on a real mail.db: limits, duplicates, loops and bad input write nothing.</summary>
public sealed class AdministrationRulesTests : IDisposable
{
    private readonly MailServices _mail = new(settings: new Dictionary<string, string?> { ["Intranet:Mail:BcryptCost"] = "4" });

    public void Dispose() => _mail.Dispose();

    [Fact]
    public async Task Domain_MaxMailboxes_RefusesTheNextMailbox_WithAClearMessage()
    {
        await using var scope = _mail.Scope();
        var domains = scope.ServiceProvider.GetRequiredService<MailDomainService>();
        var mailboxes = scope.ServiceProvider.GetRequiredService<MailboxService>();
        var id = await domains.CreateAsync(new DomainInput { Name = "xa-nho.tinh.test", MaxMailboxes = 2 });
        await mailboxes.CreateAsync(new MailboxInput { DomainId = id, DisplayName = "Nguyễn Văn An" });
        await mailboxes.CreateAsync(new MailboxInput { DomainId = id, DisplayName = "Nguyễn Văn An" });

        var error = await Assert.ThrowsAsync<MailValidationException>(() => mailboxes.CreateAsync(new MailboxInput { DomainId = id, DisplayName = "Lê Thị Ba" }));
        Assert.Contains("đã đủ 2 hộp thư", error.Message, StringComparison.Ordinal);
        Assert.Equal(["nguyenvanan2@xa-nho.tinh.test", "nguyenvanan@xa-nho.tinh.test"], await Emails(scope));
    }

    [Fact]
    public async Task Alias_DuplicateDestination_IsRefused_AndWritesNothing()
    {
        await using var scope = _mail.Scope();
        var aliases = scope.ServiceProvider.GetRequiredService<MailAliasService>();
        await scope.ServiceProvider.GetRequiredService<MailDomainService>().CreateAsync(new DomainInput { Name = "so.tinh.test" });
        await aliases.AddAsync(new AliasInput { Address = "vanthu@so.tinh.test", Destinations = ["an@so.tinh.test"] });

        var error = await Assert.ThrowsAsync<MailValidationException>(() =>
            aliases.AddAsync(new AliasInput { Address = "vanthu@so.tinh.test", Destinations = ["binh@so.tinh.test", "an@so.tinh.test"] }));
        Assert.Contains("đã có", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<MailDbContext>().Aliases.CountAsync());
    }

    [Fact]
    public async Task Alias_Loop_IsRefused_NamingTheChain()
    {
        await using var scope = _mail.Scope();
        var aliases = scope.ServiceProvider.GetRequiredService<MailAliasService>();
        await scope.ServiceProvider.GetRequiredService<MailDomainService>().CreateAsync(new DomainInput { Name = "so.tinh.test" });
        await aliases.AddAsync(new AliasInput { Address = "a@so.tinh.test", Destinations = ["b@so.tinh.test"] });
        await aliases.AddAsync(new AliasInput { Address = "b@so.tinh.test", Destinations = ["c@so.tinh.test"] });

        var error = await Assert.ThrowsAsync<MailValidationException>(() => aliases.AddAsync(new AliasInput { Address = "c@so.tinh.test", Destinations = ["a@so.tinh.test"] }));
        Assert.Contains("vòng lặp", error.Message, StringComparison.Ordinal);
        Assert.Contains("c@so.tinh.test → a@so.tinh.test → b@so.tinh.test → c@so.tinh.test", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<MailDbContext>().Aliases.CountAsync());
    }

    [Fact]
    public async Task Alias_OverDomainLimit_OrOutsideOurDomains_OrOnAMailbox_IsRefused()
    {
        await using var scope = _mail.Scope();
        var aliases = scope.ServiceProvider.GetRequiredService<MailAliasService>();
        var id = await scope.ServiceProvider.GetRequiredService<MailDomainService>().CreateAsync(new DomainInput { Name = "so.tinh.test", MaxAliases = 1 });
        var mailbox = await scope.ServiceProvider.GetRequiredService<MailboxService>().CreateAsync(new MailboxInput { DomainId = id, DisplayName = "Hà Văn Sơn" });
        await aliases.AddAsync(new AliasInput { Address = "vanthu@so.tinh.test", Destinations = [mailbox.Email] });

        var limit = await Assert.ThrowsAsync<MailValidationException>(() => aliases.AddAsync(new AliasInput { Address = "ketoan@so.tinh.test", Destinations = [mailbox.Email] }));
        Assert.Contains("đủ 1 bí danh", limit.Message, StringComparison.Ordinal);
        var foreign = await Assert.ThrowsAsync<MailValidationException>(() => aliases.AddAsync(new AliasInput { Address = "x@gmail.com", Destinations = [mailbox.Email] }));
        Assert.Contains("không do hệ thống quản lý", foreign.Message, StringComparison.Ordinal);
        var onMailbox = await Assert.ThrowsAsync<MailValidationException>(() => aliases.AddAsync(new AliasInput { Address = mailbox.Email, Destinations = ["vanthu@so.tinh.test"] }));
        Assert.Contains("là một hộp thư", onMailbox.Message, StringComparison.Ordinal);
        var bad = await Assert.ThrowsAsync<MailValidationException>(() => aliases.AddAsync(new AliasInput { Address = "vanthu@so.tinh.test", Destinations = ["không hợp lệ"] }));
        Assert.Equal("destinations", bad.Field);
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<MailDbContext>().Aliases.CountAsync());
    }

    [Fact]
    public async Task Domain_Invalid_Duplicate_OrTenantAlreadyMapped_IsRefused()
    {
        await using var scope = _mail.Scope();
        var domains = scope.ServiceProvider.GetRequiredService<MailDomainService>();
        await domains.CreateAsync(new DomainInput { Name = "so.tinh.test", Tenants = ["so-tttt"] });
        await Assert.ThrowsAsync<MailValidationException>(() => domains.CreateAsync(new DomainInput { Name = "không phải tên miền" }));
        await Assert.ThrowsAsync<MailValidationException>(() => domains.CreateAsync(new DomainInput { Name = "SO.tinh.test" }));
        var mapped = await Assert.ThrowsAsync<MailValidationException>(() => domains.CreateAsync(new DomainInput { Name = "khac.tinh.test", Tenants = ["so-tttt"] }));
        Assert.Contains("mỗi đơn vị chỉ dùng một tên miền", mapped.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<MailValidationException>(() => domains.CreateAsync(new DomainInput { Name = "am.tinh.test", MaxMailboxes = -1 }));
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<MailDbContext>().Domains.CountAsync());
    }

    [Fact]
    public async Task Mailbox_TakenAddress_ShortPassword_AndUnknownDomain_AreRefused()
    {
        await using var scope = _mail.Scope();
        var id = await scope.ServiceProvider.GetRequiredService<MailDomainService>().CreateAsync(new DomainInput { Name = "so.tinh.test" });
        var mailboxes = scope.ServiceProvider.GetRequiredService<MailboxService>();
        await mailboxes.CreateAsync(new MailboxInput { DomainId = id, LocalPart = "vanthu", DisplayName = "Văn thư" });
        var taken = await Assert.ThrowsAsync<MailValidationException>(() => mailboxes.CreateAsync(new MailboxInput { DomainId = id, LocalPart = "VanThu", DisplayName = "Văn thư 2" }));
        Assert.Contains("đã được dùng", taken.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<MailValidationException>(() => mailboxes.CreateAsync(new MailboxInput { DomainId = id, DisplayName = "A", Password = "ngan" }));
        await Assert.ThrowsAsync<MailValidationException>(() => mailboxes.CreateAsync(new MailboxInput { DomainId = 999, DisplayName = "A" }));
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<MailDbContext>().Mailboxes.CountAsync());
    }

    [Fact]
    public async Task Mailbox_PasswordHash_IsBlfCrypt_AndVerifies()
    {
        await using var scope = _mail.Scope();
        var id = await scope.ServiceProvider.GetRequiredService<MailDomainService>().CreateAsync(new DomainInput { Name = "so.tinh.test" });
        var mailbox = await scope.ServiceProvider.GetRequiredService<MailboxService>().CreateAsync(new MailboxInput { DomainId = id, DisplayName = "Tạ Thu", Password = "Mật khẩu rất dài" });
        Assert.StartsWith("{BLF-CRYPT}$2", mailbox.PasswordHash, StringComparison.Ordinal);
        Assert.True(MailPasswordHasher.Verify("Mật khẩu rất dài", mailbox.PasswordHash));
        Assert.False(MailPasswordHasher.Verify("mật khẩu rất dài", mailbox.PasswordHash));
    }

    [Fact]
    public async Task AccountInAFullDomain_IsCreatedWithoutMailbox_InsteadOfFailing()
    {
        await using var scope = _mail.Scope();
        await scope.ServiceProvider.GetRequiredService<MailDomainService>().CreateAsync(new DomainInput { Name = "day.tinh.test", MaxMailboxes = 1, Tenants = ["so-day"] });
        var handler = scope.ServiceProvider.GetRequiredService<Intranet.Core.Accounts.IAccountEventHandler>();
        await handler.CreatedAsync(Accounts.Person("Nguyễn Văn An", "so-day"), default);
        await handler.CreatedAsync(Accounts.Person("Nguyễn Văn An", "so-day"), default);
        Assert.Equal(["nguyenvanan@day.tinh.test"], await Emails(scope));
    }

    private static Task<List<string>> Emails(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<MailDbContext>().Mailboxes.OrderBy(m => m.Email).Select(m => m.Email).ToListAsync();
}
