using Intranet.Hr.Services.Rollup;

namespace Intranet.Hr.Tests.Transfers;

/// <summary>The SQL age bands use birth-date cut-offs; they must put everyone in the band the C# rule gives, 29/02 included.</summary>
public sealed class RollupBandTests
{
    private static readonly int[] BandLimits = [30, 40, 50, 60];

    [Theory]
    [InlineData("2026-12-07")]
    [InlineData("2030-02-28")]
    [InlineData("2028-02-29")]
    [InlineData("2027-03-01")]
    public void The_birth_date_cut_offs_give_the_same_band_as_the_age_rule_on_every_day_around_them(string asOfText)
    {
        var asOf = DateOnly.Parse(asOfText, System.Globalization.CultureInfo.InvariantCulture);
        var cutoffs = BandLimits.Select(y => RollupBands.BornOnOrBefore(asOf, y)).ToArray();
        foreach (var born in cutoffs.SelectMany(c => Enumerable.Range(-3, 7).Select(c.AddDays)))
        {
            // The same CASE as DepartmentCountQuery: the first cut-off the birth date is after decides the band.
            var index = Array.FindIndex(cutoffs, c => born > c);
            var sqlBand = RollupBands.AgeBands[index < 0 ? 4 : index];

            Assert.Equal(RollupBands.AgeBand(born, asOf), sqlBand);
        }
    }
}
