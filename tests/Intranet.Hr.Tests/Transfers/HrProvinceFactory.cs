using Intranet.Hr.Services.Transfers;
using Intranet.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Tests.Transfers;

/// <summary>The whole host with a transfer checkpoint the tests can make fail at a chosen step.</summary>
public class HrProvinceFactory : IntranetFactory
{
    public FailingCheckpoints Checkpoints { get; } = new();

    protected override void ConfigureSettings(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<ITransferCheckpoints>(Checkpoints));
}
