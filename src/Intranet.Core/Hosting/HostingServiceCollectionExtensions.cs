using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Core.Hosting;

public static class HostingServiceCollectionExtensions
{
    public static IServiceCollection AddStartupTask<T>(this IServiceCollection services)
        where T : class, IStartupTask => services.AddScoped<IStartupTask, T>();

    public static IServiceCollection AddCliCommand<T>(this IServiceCollection services)
        where T : class, ICliCommand => services.AddScoped<ICliCommand, T>();
}
