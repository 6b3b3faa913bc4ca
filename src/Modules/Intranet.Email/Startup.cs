using Intranet.Core.Modules;
using Intranet.Core.Email;
using Intranet.Email.Outbox;
using Intranet.Email.Services;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Email;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section);
        services.AddSingleton<MimeMessageFactory>();
        services.AddSingleton<PickupFolderTransport>();
        services.AddSingleton<SmtpTransport>();
        services.AddSingleton<IEmailTransport>(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<EmailOptions>>().Value.Smtp.IsConfigured
            ? sp.GetRequiredService<SmtpTransport>()
            : sp.GetRequiredService<PickupFolderTransport>());
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Intranet.Core.Cluster.ClusterNode>();
        services.AddSingleton<EmailOutbox>();
        services.AddSingleton<IEmailOutbox>(sp => sp.GetRequiredService<EmailOutbox>());
        services.AddHostedService<OutboxDispatcher>();
        services.AddSingleton<IEmailSender, EmailSender>();
    }
}
