using Intranet.Backup.Services;
using Intranet.Core.Hosting;
using Intranet.Core.Navigation;
using Intranet.Core.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Backup;

public sealed class Startup : Intranet.Core.Modules.StartupBase
{
    public const string FeatureId = "Intranet.Backup";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.Section);
        services.AddSingleton<ProductVersion>();
        services.AddSingleton<BackupService>();
        services.AddSingleton<ScheduledBackupJob>();
        services.AddHostedService<BackupScheduler>();
        services.AddCliCommand<BackupCliCommand>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
    }
}
