using Intranet.Core.Staff;
using Intranet.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Tests.Records;

/// <summary>The whole host with a recorder of HR change events.</summary>
public sealed class RecordsFactory : IntranetFactory
{
    public RecordingStaffEvents Events { get; } = new();

    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<IStaffRecordEventHandler>(Events));
}
