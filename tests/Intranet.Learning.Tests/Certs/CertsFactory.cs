using Intranet.Core.Email;
using Intranet.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Tests.Certs;

/// <summary>The whole app, with mail captured in memory.</summary>
public sealed class CertsFactory : IntranetFactory
{
    public CapturingEmailSender Mail { get; } = new();

    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<IEmailSender>(Mail));
}
