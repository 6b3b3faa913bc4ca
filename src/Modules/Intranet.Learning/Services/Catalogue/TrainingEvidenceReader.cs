namespace Intranet.Learning.Services.Catalogue;

/// <summary>Evidence from every source (completions, outside certificates), as modules covered per person.</summary>
public sealed class TrainingEvidenceReader
{
    private readonly IEnumerable<ITrainingEvidenceSource> _sources;

    public TrainingEvidenceReader(IEnumerable<ITrainingEvidenceSource> sources) => _sources = sources;

    /// <summary>Account id → the IU modules the person has evidence of (still valid on <paramref name="today"/>).</summary>
    public async Task<Dictionary<string, HashSet<string>>> ModulesByPersonAsync(string? tenantName, DateOnly today, CancellationToken ct)
    {
        var byPerson = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var source in _sources)
        {
            foreach (var evidence in await source.ListAsync(tenantName, ct))
            {
                if (evidence.ValidUntil is { } until && until < today)
                {
                    continue;
                }

                if (!byPerson.TryGetValue(evidence.AccountId, out var modules))
                {
                    byPerson[evidence.AccountId] = modules = new HashSet<string>(StringComparer.Ordinal);
                }

                modules.UnionWith(evidence.ItModules);
            }
        }

        return byPerson;
    }

    public static bool Covers(Dictionary<string, HashSet<string>> byPerson, string? accountId, IReadOnlyCollection<string> modules) =>
        accountId is not null && modules.Count > 0 && byPerson.TryGetValue(accountId, out var has) && modules.All(has.Contains);
}
