// Usage: bench/run.sh hr [all|import|rollup] [part arguments…]
// Each part of the HR bench lives in its own folder; the first argument picks one (default: all).
using Intranet.Bench.Hr.Import;
using Intranet.Bench.Hr.Rollup;

var part = args.Length > 0 ? args[0].ToLowerInvariant() : "all";
var rest = args.Length > 1 ? args[1..] : [];
if (part is "all" or "import")
{
    await ImportBench.RunAsync(part == "all" ? [] : rest);
}

if (part is "all" or "rollup")
{
    await RollupBench.RunAsync(part == "all" ? [] : rest);
}
