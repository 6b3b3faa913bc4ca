using Intranet.Bench.Learning.Catalogue;
using Intranet.Bench.Learning.Quiz;
using Intranet.Bench.Learning.Scorm;

// bench/run.sh learning [catalogue|scorm|quiz] [part arguments…]; no name runs them all.
// Each part of the module has its own folder here and one case below (scorm and quiz add theirs).
var name = args.Length > 0 ? args[0].ToLowerInvariant() : "all";
var rest = args.Length > 1 ? args[1..] : [];
switch (name)
{
    case "catalogue":
        await CatalogueBench.RunAsync(rest);
        break;
    case "scorm":
        await ScormCommitBench.RunAsync(rest);
        break;
    case "quiz":
        await QuizGradingBench.RunAsync(rest);
        break;
    case "all":
        await CatalogueBench.RunAsync([]);
        await ScormCommitBench.RunAsync([]);
        await QuizGradingBench.RunAsync([]);
        break;
    default:
        Console.Error.WriteLine($"Unknown learning bench '{name}'. Known: catalogue, scorm, quiz.");
        return 2;
}

return 0;
