using Intranet.Core.Staff;
using Intranet.Hr.Services.Records;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Services;

/// <summary>The records part of the module: queries, writes in one transaction, scans, and <see cref="IStaffRecords"/> for other modules.</summary>
public static class HrRecordsRegistration
{
    public static IServiceCollection AddHrRecords(this IServiceCollection services)
    {
        services.AddScoped<RecordStore>();
        services.AddScoped<RecordWriter>();
        services.AddScoped<RecordReader>();
        services.AddScoped<RecordRules>();
        services.AddScoped<StaffRecordEvents>();
        services.AddSingleton<RecordTransaction>();
        services.AddSingleton<ScanStore>();
        services.AddSingleton<IStaffRecords, StaffRecords>();
        return services;
    }
}
