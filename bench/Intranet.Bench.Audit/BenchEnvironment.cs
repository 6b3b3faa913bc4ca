using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Intranet.Bench.Audit;

internal sealed class BenchEnvironment(string root) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = "Production";

    public string ApplicationName { get; set; } = "Intranet.Bench.Audit";

    public string ContentRootPath { get; set; } = root;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
