// Usage: dotnet run -c Release --project bench/Intranet.Bench.Hr [-- import [records] [rounds]]
// Each part of the HR bench lives in its own folder; the first argument picks one (default: all).
using Intranet.Bench.Hr.Import;

var part = args.Length > 0 ? args[0].ToLowerInvariant() : "all";
if (part is "all" or "import")
{
    await ImportBench.RunAsync(args.Length > 0 ? args[1..] : []);
}
