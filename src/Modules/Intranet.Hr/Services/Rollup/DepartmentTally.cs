using Intranet.Core.Staff;

namespace Intranet.Hr.Services.Rollup;

/// <summary>Adds up the grouped rows of one department (sex × age band × scale) into the roll-up's buckets.</summary>
internal sealed class DepartmentTally
{
    private readonly Dictionary<string, int> _bySex = Empty(RollupBands.Sexes);
    private readonly Dictionary<string, int> _byAge = Empty(RollupBands.AgeBands);
    private readonly Dictionary<string, int> _byRank = Empty(RollupBands.RankGroups);
    private int _total;

    /// <summary>One grouped row: <paramref name="band"/> indexes <see cref="RollupBands.AgeBands"/>; the scale code is folded into its rank group.</summary>
    public void Add(StaffSex sex, int band, string? scaleCode, int people)
    {
        _total += people;
        _bySex[RollupBands.Sex(sex)] += people;
        _byAge[RollupBands.AgeBands[band]] += people;
        _byRank[RollupBands.RankGroup(scaleCode)] += people;
    }

    public DepartmentCounts ToCounts(string tenantName, string displayName) =>
        new(tenantName, displayName, _total, new Dictionary<string, int>(_bySex), new Dictionary<string, int>(_byAge), new Dictionary<string, int>(_byRank));

    private static Dictionary<string, int> Empty(string[] order) => order.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
}
