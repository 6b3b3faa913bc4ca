using Intranet.Core.Email;
using Intranet.Core.Tenants;
using Intranet.Email.Services;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Intranet.Email.Tests;

/// <summary>Without SMTP settings, the host's one sender writes readable .eml files per tenant.</summary>
public sealed class PickupFolderTests : IDisposable
{
    private readonly EmailServices _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Send_WithoutSmtp_WritesEmlInTenantPickupFolder()
    {
        var sender = _factory.Services.GetRequiredService<IEmailSender>();
        var host = new Tenant { Name = Tenant.DefaultName, DisplayName = "Tỉnh" };
        var folder = Path.Combine(_factory.AppData, "Sites", host.Name, "Emails");
        var before = System.IO.Directory.Exists(folder) ? System.IO.Directory.GetFiles(folder, "*.eml").Length : 0;

        using (_factory.Services.GetRequiredService<ITenantAccessor>().Enter(host))
        {
            await sender.SendAsync(new EmailMessage(["Nguyễn Văn An <an@so-tttt.test>"], "Đặt lại mật khẩu", "Mã của bạn: 123456")
            {
                HtmlBody = "<p>Mã của bạn: <b>123456</b></p>",
            });
        }

        var files = System.IO.Directory.GetFiles(folder, "*.eml");
        Assert.Equal(before + 1, files.Length);
        var message = await MimeMessage.LoadAsync(files.OrderBy(f => f, StringComparer.Ordinal).Last());
        Assert.Equal("Đặt lại mật khẩu", message.Subject);
        Assert.Equal("an@so-tttt.test", message.To.Mailboxes.Single().Address);
        Assert.Contains("123456", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<b>123456</b>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
        Assert.Empty(System.IO.Directory.GetFiles(folder, "*.tmp"));
    }

    [Fact]
    public async Task Send_ForAnotherTenant_GoesToThatTenantsFolder()
    {
        var transport = _factory.Services.GetRequiredService<PickupFolderTransport>();
        var sender = _factory.Services.GetRequiredService<IEmailSender>();
        var tenant = new Tenant { Name = "so-thu-email", DisplayName = "Sở thử" };

        using (_factory.Services.GetRequiredService<ITenantAccessor>().Enter(tenant))
        {
            await sender.SendAsync(new EmailMessage(["binh@so-thu.test"], "Thông báo", "Nội dung"));
        }

        var eml = Assert.Single(System.IO.Directory.GetFiles(transport.FolderFor(tenant.Name), "*.eml"));
        Assert.Equal("binh@so-thu.test", (await MimeMessage.LoadAsync(eml)).To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task Send_InvalidRecipient_ThrowsClearMessageAndWritesNothing()
    {
        var sender = _factory.Services.GetRequiredService<IEmailSender>();
        var transport = _factory.Services.GetRequiredService<PickupFolderTransport>();
        var tenant = new Tenant { Name = "so-thu-sai", DisplayName = "Sở thử sai" };

        using (_factory.Services.GetRequiredService<ITenantAccessor>().Enter(tenant))
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(() => sender.SendAsync(new EmailMessage(["khong-phai-dia-chi"], "x", "y")));
            Assert.Contains("không hợp lệ", error.Message, StringComparison.Ordinal);
        }

        Assert.False(System.IO.Directory.Exists(transport.FolderFor(tenant.Name)) && System.IO.Directory.GetFiles(transport.FolderFor(tenant.Name)).Length > 0);
    }
}
