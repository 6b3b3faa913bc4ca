using Intranet.Bench.Hr;
using Intranet.Bench.Hr.Import;
using Intranet.Bench.Hr.Rollup;

// bench/run.sh hr [work-lists|import|rollup] [part arguments…]; no name runs them all.
// Each HR bench has its own folder or file; kept short: 2 shared cores.
var name = args.Length > 0 ? args[0].ToLowerInvariant() : "all";
var rest = args.Length > 1 ? args[1..] : [];
switch (name)
{
    case "work-lists":
        await WorkListsBench.RunAsync(rest);
        break;
    case "import":
        await ImportBench.RunAsync(rest);
        break;
    case "rollup":
        await RollupBench.RunAsync(rest);
        break;
    case "all":
        await WorkListsBench.RunAsync([]);
        await ImportBench.RunAsync([]);
        await RollupBench.RunAsync([]);
        break;
    default:
        Console.Error.WriteLine($"Unknown HR bench '{name}'. Known: work-lists, import, rollup.");
        return 2;
}

return 0;
