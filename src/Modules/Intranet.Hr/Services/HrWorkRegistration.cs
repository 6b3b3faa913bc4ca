using Intranet.Hr.Services.Corrections;
using Intranet.Hr.Services.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Hr.Services;

/// <summary>Work lists, drafted decisions and self-service corrections.</summary>
public static class HrWorkRegistration
{
    public static IServiceCollection AddHrWork(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<WorkLists>();
        services.AddScoped<WorkDates>();
        services.AddScoped<DraftService>();
        services.AddScoped<CorrectionService>();
        services.AddScoped<HrWorkTransaction>();
        return services;
    }
}
