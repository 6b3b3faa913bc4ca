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
