// bench/run.sh hr [rollup] [departments] [records] [rounds]
var rest = args.Length > 0 && args[0] == "rollup" ? args[1..] : args;
await Intranet.Bench.Hr.Rollup.RollupBench.RunAsync(rest);
