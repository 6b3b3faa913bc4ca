using Intranet.Core.Navigation;
using Intranet.Core.Recipes;
using Intranet.Core.Staff;
using Intranet.Hr.Recipes;
using Intranet.Hr.Services.Closing;
using Intranet.Hr.Services.Rollup;
using Intranet.Hr.Services.Transfers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Hr.Services;

/// <summary>The transfer part's services: transfers, the closing job, the province roll-up and records view, the <c>hr</c> recipe step.</summary>
public static class HrTransferRegistration
{
    public static IServiceCollection AddHrTransfer(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HrScanFiles>();
        services.AddSingleton<TransferService>();
        services.TryAddScoped<ITransferCheckpoints, NoTransferCheckpoints>();
        services.AddSingleton<RollupProjection>();
        services.AddSingleton<ProvinceRollupService>();
        services.AddScoped<IStaffRecordEventHandler, RollupProjectionUpdater>();
        services.AddScoped<ProvinceRecords>();
        services.AddSingleton<RecordClosingJob>();
        services.AddSingleton<Work.WorkDatesJob>();
        services.AddHostedService<RecordClosingScheduler>();
        services.AddRecipeStep<HrStep>();
        services.AddScoped<INavigationProvider, ProvinceMenu>();
        return services;
    }
}
