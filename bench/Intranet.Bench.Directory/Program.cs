using Intranet.Bench.StaffDirectory;

// bench/Intranet.Bench.Directory [departments=200] [peoplePerDepartment=1000] [rounds=40]
//   in process: rebuild time, typeahead latency against raw Lucene Term/Prefix queries on the same index.
// bench/Intranet.Bench.Directory http [departments=200] [peoplePerDepartment=1000] [wrkSeconds=15] [connections=4]
//   a real Release server with departments created through the API, the product's rebuild, then wrk on
//   /directory/typeahead against /healthz and an empty typeahead in the same run.
// Kept short: the machine has 2 shared cores.
if (args.Length > 0 && args[0] == "http")
{
    await HttpBench.RunAsync(args[1..]);
}
else
{
    await InProcessBench.RunAsync(args);
}
