using Intranet.Bench.Hr;

// bench/run.sh hr [work-lists] [records=5000] [rounds=200]   work lists over one department, against a plain query
// Each HR bench has its own file and its own name here; no name runs them all. Kept short: 2 shared cores.
var name = args.Length > 0 ? args[0] : "all";
var rest = args.Length > 1 ? args[1..] : [];
switch (name)
{
    case "work-lists":
        await WorkListsBench.RunAsync(rest);
        break;
    case "all":
        await WorkListsBench.RunAsync([]);
        break;
    default:
        Console.Error.WriteLine($"Unknown HR bench '{name}'. Known: work-lists.");
        return 2;
}

return 0;
