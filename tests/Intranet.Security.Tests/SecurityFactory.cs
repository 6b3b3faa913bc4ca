using Intranet.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Intranet.Security.Tests;

/// <summary>The whole host on a fresh App_Data; mail.db is used without mail servers (webmail answers 503).</summary>
public sealed class SecurityFactory : IntranetFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        // Cheap hashes for the mailboxes the fixture and the fuzzer create.
        builder.UseSetting("Intranet:Mail:BcryptCost", "4");
        builder.UseSetting("Intranet:Mail:Public:ImapHost", "mail.{domain}");
        builder.UseSetting("Intranet:Mail:Public:SmtpHost", "smtp.{domain}");
    }
}
