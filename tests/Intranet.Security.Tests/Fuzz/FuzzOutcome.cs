namespace Intranet.Security.Tests.Fuzz;

/// <summary>What the fuzzer saw: a status histogram, the 500s, the slow answers.</summary>
public sealed class FuzzOutcome
{
    private readonly object _gate = new();

    public SortedDictionary<int, int> Statuses { get; } = [];

    public List<string> ServerErrors { get; } = [];

    public List<string> Slow { get; } = [];

    public HashSet<string> Endpoints { get; } = new(StringComparer.Ordinal);

    public int Requests { get; private set; }

    /// <summary>401s per endpoint: a session the run lost shows up as one endpoint after another answering 401.</summary>
    public Dictionary<string, int> Unauthorized { get; } = new(StringComparer.Ordinal);

    /// <summary>Answers that treated the signed-in administrator as signed out, in the order sent: the request before the first one ended the session.</summary>
    public List<string> SignedOut { get; } = [];

    public TimeSpan Slowest { get; private set; }

    public void Record(FuzzRequest request, string url, int status, TimeSpan elapsed, TimeSpan limit, bool signedOut)
    {
        lock (_gate)
        {
            Requests++;
            Endpoints.Add(request.Endpoint.Key);
            Statuses[status] = Statuses.GetValueOrDefault(status) + 1;
            if (status == 401)
            {
                Unauthorized[request.Endpoint.Key] = Unauthorized.GetValueOrDefault(request.Endpoint.Key) + 1;
            }
            Slowest = elapsed > Slowest ? elapsed : Slowest;
            var what = $"{request} {Shorten(url)}";
            if (status >= 500 && status != 503)
            {
                ServerErrors.Add($"{status}: {what}");
            }

            if (signedOut)
            {
                SignedOut.Add($"{status}: {what}");
            }

            if (elapsed > limit)
            {
                Slow.Add($"{elapsed.TotalSeconds:F1} s: {what}");
            }
        }
    }

    private static string Shorten(string url) => url.Length > 160 ? url[..160] + "…" : url;
}
