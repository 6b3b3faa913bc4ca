using Intranet.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Intranet.ApiRules.Tests;

/// <summary>The whole host on a fresh App_Data; mail.db is local (no mail servers), bcrypt kept cheap for speed.</summary>
public sealed class ApiRulesFactory : IntranetFactory
{
    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.UseSetting("Intranet:Mail:BcryptCost", "4");
}
