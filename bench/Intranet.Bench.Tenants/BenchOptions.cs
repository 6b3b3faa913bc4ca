namespace Intranet.Bench.Tenants;

internal sealed record BenchOptions(int Tenants, string WebDll, int WrkSeconds)
{
    public static BenchOptions Parse(string[] args)
    {
        var tenants = 1000;
        var wrkSeconds = 15;
        var web = Path.GetFullPath(Path.Combine(RepoRoot(), "src/Intranet.Web/bin/Release/net10.0/Intranet.Web.dll"));
        for (var i = 0; i < args.Length - 1; i++)
        {
            switch (args[i])
            {
                case "--tenants": tenants = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--web": web = Path.GetFullPath(args[++i]); break;
                case "--wrk-seconds": wrkSeconds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
            }
        }

        return new BenchOptions(tenants, web, wrkSeconds);
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Intranet.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run inside the repository.");
    }
}
