using Intranet.Core.Staff;
using Intranet.Hr.Models;
using Intranet.Hr.Rules;

namespace Intranet.Hr.Tests.Rules;

/// <summary>NĐ 135/2020 Art. 3–4 and the Phụ lục I bands (hr-law-fixtures.md §3b, §3d).</summary>
public sealed class RetirementRulesTests
{
    // Retires in, age (years, months), first and last birth month (yyyy-MM) of the band; null = open-ended (cap).
    private static readonly (int Year, int Years, int Months, string First, string? Last)[] MenBands =
    [
        (2021, 60, 3, "1961-01", "1961-09"), (2022, 60, 6, "1961-10", "1962-06"), (2023, 60, 9, "1962-07", "1963-03"),
        (2024, 61, 0, "1963-04", "1963-12"), (2025, 61, 3, "1964-01", "1964-09"), (2026, 61, 6, "1964-10", "1965-06"),
        (2027, 61, 9, "1965-07", "1966-03"), (2028, 62, 0, "1966-04", null),
    ];

    private static readonly (int Year, int Years, int Months, string First, string? Last)[] WomenBands =
    [
        (2021, 55, 4, "1966-01", "1966-08"), (2022, 55, 8, "1966-09", "1967-04"), (2023, 56, 0, "1967-05", "1967-12"),
        (2024, 56, 4, "1968-01", "1968-08"), (2025, 56, 8, "1968-09", "1969-04"), (2026, 57, 0, "1969-05", "1969-12"),
        (2027, 57, 4, "1970-01", "1970-08"), (2028, 57, 8, "1970-09", "1971-04"), (2029, 58, 0, "1971-05", "1971-12"),
        (2030, 58, 4, "1972-01", "1972-08"), (2031, 58, 8, "1972-09", "1973-04"), (2032, 59, 0, "1973-05", "1973-12"),
        (2033, 59, 4, "1974-01", "1974-08"), (2034, 59, 8, "1974-09", "1975-04"), (2035, 60, 0, "1975-05", null),
    ];

    /// <summary>Every birth month of every band (open bands: to December of the first year), born on the 1st and on the last day.</summary>
    public static TheoryData<StaffSex, int, int, int, int, int> RoadmapMonths()
    {
        var data = new TheoryData<StaffSex, int, int, int, int, int>();
        foreach (var (sex, bands) in new[] { (StaffSex.Male, MenBands), (StaffSex.Female, WomenBands) })
        {
            foreach (var band in bands)
            {
                var first = DateOnly.ParseExact(band.First + "-01", "yyyy-MM-dd");
                var last = band.Last is null ? new DateOnly(first.Year, 12, 1) : DateOnly.ParseExact(band.Last + "-01", "yyyy-MM-dd");
                for (var month = first; month <= last; month = month.AddMonths(1))
                {
                    data.Add(sex, month.Year, month.Month, band.Year, band.Years, band.Months);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RoadmapMonths))]
    public void Each_birth_month_of_the_roadmap_retires_in_its_band_on_the_last_day_of_the_month(
        StaffSex sex, int birthYear, int birthMonth, int retiresIn, int years, int months)
    {
        var born = new DateOnly(birthYear, birthMonth, 1);
        var reached = born.AddYears(years).AddMonths(months);
        var expected = new DateOnly(reached.Year, reached.Month, DateTime.DaysInMonth(reached.Year, reached.Month));

        foreach (var day in new[] { 1, DateTime.DaysInMonth(birthYear, birthMonth) })
        {
            var age = RetirementRules.RetirementDate(new DateOnly(birthYear, birthMonth, day), DatePrecision.Day, sex);

            Assert.Equal(new RetirementAge(expected, years, months), age);
            Assert.Equal(retiresIn, age.Date.Year);
        }
    }

    [Theory]
    [InlineData(1, StaffSex.Male, "1961-01-15", DatePrecision.Day, 60, 3, "2021-04-30", "2021-05-01")]
    [InlineData(2, StaffSex.Male, "1961-09-30", DatePrecision.Day, 60, 3, "2021-12-31", "2022-01-01")]
    [InlineData(3, StaffSex.Male, "1961-10-01", DatePrecision.Day, 60, 6, "2022-04-30", "2022-05-01")]
    [InlineData(4, StaffSex.Male, "1960-12-31", DatePrecision.Day, 60, 0, "2020-12-31", "2021-01-01")]
    [InlineData(5, StaffSex.Male, "1964-02-29", DatePrecision.Day, 61, 3, "2025-05-31", "2025-06-01")]
    [InlineData(6, StaffSex.Male, "1965-06-15", DatePrecision.Day, 61, 6, "2026-12-31", "2027-01-01")]
    [InlineData(7, StaffSex.Male, "1966-03-31", DatePrecision.Day, 61, 9, "2027-12-31", "2028-01-01")]
    [InlineData(8, StaffSex.Male, "1966-04-01", DatePrecision.Day, 62, 0, "2028-04-30", "2028-05-01")]
    [InlineData(9, StaffSex.Male, "1963-07-19", DatePrecision.YearOnly, 60, 9, "2023-10-31", "2023-11-01")]
    [InlineData(10, StaffSex.Male, "1970-07-20", DatePrecision.Day, 62, 0, "2032-07-31", "2032-08-01")]
    [InlineData(11, StaffSex.Male, "1974-11-10", DatePrecision.Day, 62, 0, "2036-11-30", "2036-12-01")]
    [InlineData(12, StaffSex.Female, "1966-01-01", DatePrecision.Day, 55, 4, "2021-05-31", "2021-06-01")]
    [InlineData(13, StaffSex.Female, "1966-08-31", DatePrecision.Day, 55, 4, "2021-12-31", "2022-01-01")]
    [InlineData(14, StaffSex.Female, "1966-09-01", DatePrecision.Day, 55, 8, "2022-05-31", "2022-06-01")]
    [InlineData(15, StaffSex.Female, "1969-04-30", DatePrecision.Day, 56, 8, "2025-12-31", "2026-01-01")]
    [InlineData(16, StaffSex.Female, "1969-05-01", DatePrecision.Day, 57, 0, "2026-05-31", "2026-06-01")]
    [InlineData(17, StaffSex.Female, "1970-12-25", DatePrecision.YearOnly, 57, 4, "2027-05-31", "2027-06-01")]
    [InlineData(18, StaffSex.Female, "1972-02-29", DatePrecision.Day, 58, 4, "2030-06-30", "2030-07-01")]
    [InlineData(19, StaffSex.Female, "1975-04-30", DatePrecision.Day, 59, 8, "2034-12-31", "2035-01-01")]
    [InlineData(20, StaffSex.Female, "1975-05-01", DatePrecision.Day, 60, 0, "2035-05-31", "2035-06-01")]
    [InlineData(21, StaffSex.Female, "1976-12-15", DatePrecision.Day, 60, 0, "2036-12-31", "2037-01-01")]
    [InlineData(22, StaffSex.Female, "1965-12-31", DatePrecision.Day, 55, 0, "2020-12-31", "2021-01-01")]
    public void The_22_worked_examples(
        int example, StaffSex sex, string birth, DatePrecision precision, int years, int months, string retires, string pension)
    {
        var age = RetirementRules.RetirementDate(DateOnly.Parse(birth), precision, sex);

        Assert.True(example > 0);
        Assert.Equal(new RetirementAge(DateOnly.Parse(retires), years, months), age);
        Assert.Equal(DateOnly.Parse(pension), age.PensionFrom);
    }

    [Fact]
    public void A_birth_year_alone_counts_from_the_first_of_january()
    {
        var fromYear = RetirementRules.RetirementDate(new DateOnly(1963, 12, 31), DatePrecision.YearOnly, StaffSex.Male);

        Assert.Equal(RetirementRules.RetirementDate(new DateOnly(1963, 1, 1), DatePrecision.Day, StaffSex.Male), fromYear);
    }

    [Theory]
    [InlineData(2020, StaffSex.Male, 723)]
    [InlineData(2021, StaffSex.Male, 723)]
    [InlineData(2028, StaffSex.Male, 744)]
    [InlineData(2040, StaffSex.Male, 744)]
    [InlineData(2021, StaffSex.Female, 664)]
    [InlineData(2034, StaffSex.Female, 716)]
    [InlineData(2035, StaffSex.Female, 720)]
    [InlineData(2050, StaffSex.Female, 720)]
    public void The_age_rises_3_or_4_months_a_year_to_the_cap(int year, StaffSex sex, int months)
    {
        Assert.Equal(months, RetirementRules.AgeMonthsIn(year, sex));
    }
}
