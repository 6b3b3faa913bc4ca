using Intranet.Core.Navigation;
using Intranet.Core.Security;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Quiz;
using Intranet.Learning.Services.Catalogue;
using Intranet.Learning.Services.Scorm;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning;

/// <summary>
/// Registers the module once (one container; tenants are data). Every learning record lives in the host database,
/// scoped by tenant where it belongs to a department; each part registers itself in its own extension method.
/// </summary>
public sealed class Startup : Intranet.Core.Modules.StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddLearningCore();
        services.AddLearningCertificates();
        services.AddLearningQuiz();
        services.AddLearningCatalogue();
        services.AddLearningScorm();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<INavigationProvider, DepartmentMenu>();
    }
}
