using Intranet.Core.Staff;

namespace Intranet.Hr.Services.Rollup;

/// <summary>The buckets of the roll-up, in display order.</summary>
public static class RollupBands
{
    public static readonly string[] Sexes = ["male", "female"];

    public static readonly string[] AgeBands = ["<30", "30-39", "40-49", "50-59", "60+"];

    /// <summary>Scale groups of NĐ 204/2004 Table 2 (A3 = senior expert … C = staff), "none" without a salary row.</summary>
    public static readonly string[] RankGroups = ["A3", "A2", "A1", "A0", "B", "C", "none"];

    public static string Sex(StaffSex sex) => sex == StaffSex.Female ? "female" : "male";

    public static string AgeBand(DateOnly birthDate, DateOnly asOf)
    {
        var age = asOf.Year - birthDate.Year - (asOf < birthDate.AddYears(asOf.Year - birthDate.Year) ? 1 : 0);
        return age switch
        {
            < 30 => "<30",
            < 40 => "30-39",
            < 50 => "40-49",
            < 60 => "50-59",
            _ => "60+",
        };
    }

    /// <summary>
    /// The last birth date that is at least <paramref name="years"/> old on <paramref name="asOf"/> by the same rule as
    /// <see cref="AgeBand"/> (a 29/02 birthday counts on 28/02 of a common year), so the SQL bands match it exactly.
    /// </summary>
    public static DateOnly BornOnOrBefore(DateOnly asOf, int years)
    {
        var cutoff = asOf.AddYears(-years);
        while (cutoff.AddDays(1).AddYears(years) <= asOf)
        {
            cutoff = cutoff.AddDays(1);
        }

        return cutoff;
    }

    /// <summary>"A3.1" → "A3", "A2.2" → "A2", "C1" → "C", "B" → "B".</summary>
    public static string RankGroup(string? scaleCode)
    {
        if (string.IsNullOrWhiteSpace(scaleCode))
        {
            return "none";
        }

        var code = scaleCode.Trim().ToUpperInvariant();
        return code[0] switch
        {
            'A' when code.Length >= 2 && code[1] is >= '0' and <= '3' => "A" + code[1],
            'B' => "B",
            'C' => "C",
            _ => "none",
        };
    }
}
