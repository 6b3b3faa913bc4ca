namespace Intranet.Bench.Learning.Catalogue;

/// <summary>The catalogue page signed in under wrk, against /healthz in the same run (target ≥ 20 % of /healthz).</summary>
public static class CatalogueBench
{
    public static Task RunAsync(string[] args)
    {
        Console.WriteLine("## Learning — catalogue under wrk");
        Console.WriteLine();
        Console.WriteLine("Not measured yet.");
        return Task.CompletedTask;
    }
}
