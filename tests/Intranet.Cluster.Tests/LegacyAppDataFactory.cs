using Intranet.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Intranet.Cluster.Tests;

/// <summary>An instance started on an App_Data folder prepared beforehand (an installation being upgraded).</summary>
public sealed class LegacyAppDataFactory : IntranetFactory
{
    private readonly string _appData;

    public LegacyAppDataFactory(string appData) => _appData = appData;

    protected override void ConfigureSettings(IWebHostBuilder builder) => builder.UseSetting("Intranet:Data:AppDataPath", _appData);
}
