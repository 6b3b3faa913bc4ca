using Intranet.Core.Staff;
using Intranet.Hr.Models;

namespace Intranet.Hr.Rules;

/// <summary>
/// Retirement under normal conditions (NĐ 135/2020/NĐ-CP, in force 01/01/2021). The age rises from 60y3m (men) and
/// 55y4m (women) in 2021 by 3 and 4 months a year to 62 (2028) and 60 (2035); the applicable age is the one of the
/// calendar year in which it is reached. Retirement is the last day of that month (Art. 3(1)); a birth year alone
/// counts from 01/01 (Art. 3(3)). Who reached the old ages (60/55, BLLĐ 2012) before 2021 keeps them.
/// Early/late retirement (Art. 5, 6) is not modelled.
/// </summary>
public static class RetirementRules
{
    private const int RoadmapStartYear = 2021;

    public static RetirementAge RetirementDate(DateOnly birthDate, DatePrecision precision, StaffSex sex)
    {
        if (sex is not (StaffSex.Male or StaffSex.Female))
        {
            throw new ArgumentOutOfRangeException(nameof(sex), sex, "Giới tính không hợp lệ.");
        }

        var birth = precision == DatePrecision.YearOnly ? new DateOnly(birthDate.Year, 1, 1) : birthDate;
        var birthMonth = birth.Year * 12 + birth.Month - 1;

        var oldAge = sex == StaffSex.Male ? 720 : 660;
        var ageMonths = (birthMonth + oldAge) / 12 < RoadmapStartYear ? oldAge : RoadmapAge(birthMonth, sex);

        var reached = birthMonth + ageMonths;
        var month = new DateOnly(reached / 12, reached % 12 + 1, 1);
        return new RetirementAge(month.AddMonths(1).AddDays(-1), ageMonths / 12, ageMonths % 12);
    }

    /// <summary>The age (in months) for someone retiring in <paramref name="year"/> (Art. 4).</summary>
    public static int AgeMonthsIn(int year, StaffSex sex)
    {
        var n = Math.Max(0, year - RoadmapStartYear);
        return sex == StaffSex.Male ? Math.Min(723 + 3 * n, 744) : Math.Min(664 + 4 * n, 720);
    }

    // The age rises slower than the calendar, so the first year Y whose age is reached within Y is unique.
    private static int RoadmapAge(int birthMonth, StaffSex sex)
    {
        for (var year = RoadmapStartYear; ; year++)
        {
            var age = AgeMonthsIn(year, sex);
            if ((birthMonth + age) / 12 <= year)
            {
                return age;
            }
        }
    }
}
