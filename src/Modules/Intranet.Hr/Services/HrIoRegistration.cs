using Intranet.Core.Navigation;
using Intranet.Hr.Io;
using Intranet.Hr.Io.Export;
using Intranet.Hr.Io.Import;
using Intranet.Hr.Io.Resume;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Hr.Services;

/// <summary>The import, export and résumé part of the module.</summary>
public static class HrIoRegistration
{
    public static IServiceCollection AddHrIo(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<HrImporter>();
        services.AddScoped<HrImportRunner>();
        services.AddScoped<HrExporter>();
        services.AddScoped<ResumeService>();
        services.AddScoped<INavigationProvider, HrIoMenu>();
        return services;
    }
}
