using Intranet.Core.Accounts;
using Intranet.Core.Hosting;
using Intranet.Core.Navigation;
using Intranet.Core.OrgUnits;
using Intranet.Core.Recipes;
using Intranet.Core.Security;
using Intranet.Mail.Data;
using Intranet.Mail.Services;
using Intranet.Mail.Services.Webmail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Mail;

public sealed class Startup : Intranet.Core.Modules.StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MailDatabase>();
        services.AddDbContext<MailDbContext>((sp, options) => sp.GetRequiredService<MailDatabase>().Configure(options));
        services.AddSingleton<MailPasswordHasher>();
        services.AddSingleton<SieveScriptStore>();
        services.AddScoped<MailDomainService>();
        services.AddScoped<IMailDomainDirectory, MailDomainDirectory>();
        services.AddScoped<MailboxService>();
        services.AddScoped<MailAliasService>();
        services.AddScoped<MailListService>();
        services.AddScoped<MailAdoptionService>();
        services.AddSingleton<ClientConfiguration>();
        services.AddSingleton<WebmailClientPool>();
        services.AddScoped<WebmailSession>();
        services.AddScoped<WebmailSender>();
        services.AddScoped<INavigationProvider, WebmailMenu>();
        services.AddScoped<IRecipeStepHandler, Intranet.Mail.Recipes.MailDomainStep>();
        services.AddScoped<MailAccountEventHandler>();
        services.AddScoped<MailProvisioningService>();
        services.AddScoped<IAccountEventHandler>(sp => sp.GetRequiredService<MailAccountEventHandler>());
        services.AddScoped<IOrgUnitEventHandler, MailOrgUnitEventHandler>();
        services.AddStartupTask<MailDatabaseStartupTask>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
    }
}
