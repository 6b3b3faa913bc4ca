using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Intranet.Bench.Hr.Rollup;

public sealed class RollupEnvironment : IHostEnvironment
{
    public string EnvironmentName { get; set; } = "Production";

    public string ApplicationName { get; set; } = "Bench";

    public string ContentRootPath { get; set; } = Path.GetTempPath();

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
