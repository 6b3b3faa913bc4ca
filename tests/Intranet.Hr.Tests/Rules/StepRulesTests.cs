using Intranet.Hr.Models;
using Intranet.Hr.Rules;

namespace Intranet.Hr.Tests.Rules;

/// <summary>TT 08/2013/TT-BNV as amended by TT 03/2021 and NĐ 204/2004 Art. 6 (hr-law-fixtures.md §2).</summary>
public sealed class StepRulesTests
{
    private static SalaryScale Scale(string code) => SalaryTables.Shipped.FindScale(code)!;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void A_chuyen_vien_steps_every_36_months()
    {
        var next = StepRules.Next(Scale("A1"), 3, 0, D(2023, 7, 1), StepAdjustments.None);

        Assert.Equal(new NextStep(D(2026, 7, 1), 4, 3.33m, 0, false), next);
    }

    [Fact]
    public void A_nhan_vien_on_scale_b_steps_every_24_months()
    {
        var next = StepRules.Next(Scale("B"), 1, 0, D(2024, 1, 15), StepAdjustments.None);

        Assert.Equal(new NextStep(D(2026, 1, 15), 2, 2.06m, 0, false), next);
    }

    [Fact]
    public void A_can_su_on_a0_since_tt_02_2021_steps_every_36_months()
    {
        var scale = SalaryTables.Shipped.ScaleOfRank("01.004")!;

        Assert.Equal(D(2027, 3, 1), StepRules.Next(scale, 2, 0, D(2024, 3, 1), StepAdjustments.None).DueDate);
    }

    [Theory]
    [InlineData(6, 2027, 1, 1)]   // one year rated "không hoàn thành nhiệm vụ", or khiển trách / cảnh cáo (công chức)
    [InlineData(12, 2027, 7, 1)]  // giáng chức / cách chức, or khiển trách + failed rating (6 + 6, nld.com.vn)
    [InlineData(3, 2026, 10, 1)]  // viên chức khiển trách
    public void Extensions_push_the_step_back(int months, int y, int m, int d)
    {
        var next = StepRules.Next(Scale("A1"), 3, 0, D(2023, 7, 1), new StepAdjustments(months, 0));

        Assert.Equal(D(y, m, d), next.DueDate);
        Assert.Equal(4, next.Step);
    }

    [Theory]
    [InlineData(12, 2025, 7, 1)]
    [InlineData(6, 2026, 1, 1)]
    public void An_early_increase_brings_the_step_forward(int months, int y, int m, int d)
    {
        var next = StepRules.Next(Scale("A1"), 3, 0, D(2023, 7, 1), new StepAdjustments(0, months));

        Assert.Equal(D(y, m, d), next.DueDate);
    }

    [Fact]
    public void An_early_increase_beyond_12_months_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            StepRules.Next(Scale("A1"), 3, 0, D(2023, 7, 1), new StepAdjustments(0, 13)));
    }

    [Fact]
    public void Month_arithmetic_clamps_to_the_last_day_of_a_shorter_month()
    {
        Assert.Equal(D(2026, 2, 28), StepRules.Next(Scale("B"), 1, 0, D(2024, 2, 29), StepAdjustments.None).DueDate);
        Assert.Equal(D(2027, 4, 30), StepRules.Next(Scale("A1"), 1, 0, D(2023, 10, 31), new StepAdjustments(6, 0)).DueDate);
    }

    [Fact]
    public void At_the_top_step_of_a1_the_exceeding_allowance_starts_at_5_percent_after_36_months()
    {
        var next = StepRules.Next(Scale("A1"), 9, 0, D(2022, 5, 1), StepAdjustments.None);

        Assert.Equal(new NextStep(D(2025, 5, 1), 9, 4.98m, 5, true), next);
        Assert.Equal(0.249m, next.ExceedingCoefficient);
    }

    [Fact]
    public void The_exceeding_allowance_rises_by_one_percent_a_year()
    {
        var next = StepRules.Next(Scale("A1"), 9, 5, D(2025, 5, 1), StepAdjustments.None);

        Assert.Equal(new NextStep(D(2026, 5, 1), 9, 4.98m, 6, true), next);
    }

    [Fact]
    public void On_scale_b_the_exceeding_allowance_starts_after_24_months()
    {
        var next = StepRules.Next(Scale("B"), 12, 0, D(2023, 1, 1), StepAdjustments.None);

        Assert.Equal(new NextStep(D(2025, 1, 1), 12, 4.06m, 5, true), next);
        Assert.Equal(0.203m, next.ExceedingCoefficient);
    }

    [Fact]
    public void Extensions_delay_the_exceeding_allowance_but_early_increases_do_not_apply_to_it()
    {
        Assert.Equal(D(2026, 11, 1), StepRules.Next(Scale("A1"), 9, 5, D(2025, 5, 1), new StepAdjustments(6, 0)).DueDate);
        Assert.Equal(D(2026, 5, 1), StepRules.Next(Scale("A1"), 9, 5, D(2025, 5, 1), new StepAdjustments(0, 12)).DueDate);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(10, 0)]
    [InlineData(3, 5)]
    [InlineData(9, -1)]
    public void Impossible_steps_are_refused(int step, int exceeding)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StepRules.Next(Scale("A1"), step, exceeding, D(2024, 1, 1), StepAdjustments.None));
    }

    [Fact]
    public void Adjustments_sum_failed_ratings_and_disciplines_recorded_during_the_step()
    {
        var since = D(2022, 7, 1);
        RatingEntry[] ratings =
        [
            new() { Year = 2021, Rating = Rating.NotCompleted },   // before the step: ignored
            new() { Year = 2022, Rating = Rating.NotCompleted },
            new() { Year = 2023, Rating = Rating.Good },
            new() { Year = 2024, Rating = Rating.NotCompleted },
        ];
        DisciplineEntry[] disciplines =
        [
            new() { Form = "Khiển trách", StepExtensionMonths = 6, EffectiveFrom = D(2023, 3, 1) },
            new() { Form = "Cảnh cáo", StepExtensionMonths = 6, EffectiveFrom = D(2021, 3, 1) },
        ];
        AwardEntry[] awards = [new() { Form = "Chiến sĩ thi đua cơ sở", EarlyStepMonths = 12, EffectiveFrom = D(2024, 1, 1) }];

        Assert.Equal(new StepAdjustments(18, 0), StepAdjustments.From(since, ratings, disciplines, awards));
    }

    [Fact]
    public void An_award_during_the_step_gives_its_early_months_capped_at_12()
    {
        AwardEntry[] awards =
        [
            new() { Form = "Bằng khen", EarlyStepMonths = 9, EffectiveFrom = D(2024, 1, 1) },
            new() { Form = "Huân chương", EarlyStepMonths = 18, EffectiveFrom = D(2024, 6, 1) },
            new() { Form = "Cũ", EarlyStepMonths = 12, EffectiveFrom = D(2020, 6, 1) },
        ];

        Assert.Equal(new StepAdjustments(0, 12), StepAdjustments.From(D(2023, 1, 1), [], [], awards));
        Assert.Equal(new StepAdjustments(0, 9), StepAdjustments.From(D(2023, 1, 1), [], [], awards[..1]));
    }

    [Theory]
    [InlineData("Khiển trách", StaffCategory.CivilServant, 6)]
    [InlineData("Cảnh cáo", StaffCategory.CivilServant, 6)]
    [InlineData("Giáng chức", StaffCategory.CivilServant, 12)]
    [InlineData("Cách chức", StaffCategory.Official, 12)]
    [InlineData("Khiển trách", StaffCategory.PublicEmployee, 3)]
    [InlineData("cảnh cáo", StaffCategory.PublicEmployee, 6)]
    [InlineData("CÁCH CHỨC", StaffCategory.PublicEmployee, 12)]
    [InlineData("Buộc thôi việc", StaffCategory.CivilServant, 0)]
    public void A_discipline_form_carries_the_extension_of_tt_03_2021(string form, StaffCategory category, int months)
    {
        Assert.Equal(months, StepAdjustments.ExtensionFor(form, category));
    }
}
