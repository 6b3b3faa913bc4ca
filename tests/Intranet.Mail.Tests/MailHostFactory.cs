using Intranet.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Intranet.Mail.Tests;

/// <summary>The whole host with the Mail module; mail.db lives in the factory's App_Data (no mail servers needed).</summary>
public sealed class MailHostFactory : IntranetFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Intranet:Mail:BcryptCost", "4");
        builder.UseSetting("Intranet:Mail:Public:ImapHost", "mail.{domain}");
        builder.UseSetting("Intranet:Mail:Public:SmtpHost", "smtp.{domain}");
    }
}
