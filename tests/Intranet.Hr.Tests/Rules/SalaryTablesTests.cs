using Intranet.Hr.Rules;

namespace Intranet.Hr.Tests.Rules;

/// <summary>NĐ 204/2004 Bảng 2 as typed from hr-law-fixtures.md §1a, step by step.</summary>
public sealed class SalaryTablesTests
{
    private static readonly Dictionary<string, (int Interval, decimal[] Coefficients)> Table2 = new()
    {
        ["A3.1"] = (36, [6.20m, 6.56m, 6.92m, 7.28m, 7.64m, 8.00m]),
        ["A3.2"] = (36, [5.75m, 6.11m, 6.47m, 6.83m, 7.19m, 7.55m]),
        ["A2.1"] = (36, [4.40m, 4.74m, 5.08m, 5.42m, 5.76m, 6.10m, 6.44m, 6.78m]),
        ["A2.2"] = (36, [4.00m, 4.34m, 4.68m, 5.02m, 5.36m, 5.70m, 6.04m, 6.38m]),
        ["A1"] = (36, [2.34m, 2.67m, 3.00m, 3.33m, 3.66m, 3.99m, 4.32m, 4.65m, 4.98m]),
        ["A0"] = (36, [2.10m, 2.41m, 2.72m, 3.03m, 3.34m, 3.65m, 3.96m, 4.27m, 4.58m, 4.89m]),
        ["B"] = (24, [1.86m, 2.06m, 2.26m, 2.46m, 2.66m, 2.86m, 3.06m, 3.26m, 3.46m, 3.66m, 3.86m, 4.06m]),
        ["C1"] = (24, [1.65m, 1.83m, 2.01m, 2.19m, 2.37m, 2.55m, 2.73m, 2.91m, 3.09m, 3.27m, 3.45m, 3.63m]),
        ["C2"] = (24, [1.50m, 1.68m, 1.86m, 2.04m, 2.22m, 2.40m, 2.58m, 2.76m, 2.94m, 3.12m, 3.30m, 3.48m]),
        ["C3"] = (24, [1.35m, 1.53m, 1.71m, 1.89m, 2.07m, 2.25m, 2.43m, 2.61m, 2.79m, 2.97m, 3.15m, 3.33m]),
    };

    public static TheoryData<string, int, decimal> EveryCoefficient()
    {
        var data = new TheoryData<string, int, decimal>();
        foreach (var (scale, row) in Table2)
        {
            for (var step = 1; step <= row.Coefficients.Length; step++)
            {
                data.Add(scale, step, row.Coefficients[step - 1]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCoefficient))]
    public void Every_step_of_table_2_has_the_decrees_coefficient(string scaleCode, int step, decimal coefficient)
    {
        var scale = SalaryTables.Shipped.FindScale(scaleCode);

        Assert.NotNull(scale);
        Assert.Equal(coefficient, scale.CoefficientOf(step));
    }

    [Fact]
    public void The_shipped_table_has_exactly_the_decrees_scales_step_counts_and_intervals()
    {
        var shipped = SalaryTables.Shipped.Scales.ToDictionary(s => s.Code);

        Assert.Equal(Table2.Keys.Order(), shipped.Keys.Order());
        foreach (var (code, row) in Table2)
        {
            Assert.Equal(row.Coefficients.Length, shipped[code].MaxStep);
            Assert.Equal(row.Interval, shipped[code].IntervalMonths);
        }
    }

    [Theory]
    [InlineData("01.001", "Chuyên viên cao cấp", "A3.1")]
    [InlineData("01.002", "Chuyên viên chính", "A2.1")]
    [InlineData("01.003", "Chuyên viên", "A1")]
    [InlineData("01.004", "Cán sự", "A0")]
    [InlineData("01.005", "Nhân viên", "B")]
    [InlineData("06.030", "Kế toán viên chính", "A2.2")]
    [InlineData("06.031", "Kế toán viên", "A1")]
    public void Ranks_are_paid_on_the_scale_of_tt_02_2021(string code, string name, string scale)
    {
        var rank = SalaryTables.Shipped.FindRank(code);

        Assert.Equal(new RankInfo(code, name, scale), rank);
        Assert.Equal(rank, SalaryTables.Shipped.FindRank(name.ToUpperInvariant()));
        Assert.Equal(scale, SalaryTables.Shipped.ScaleOfRank(code)?.Code);
    }

    [Theory]
    [InlineData("9.999")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_rank_or_scale_is_not_found(string? code)
    {
        Assert.Null(SalaryTables.Shipped.FindRank(code));
        Assert.Null(SalaryTables.Shipped.FindScale(code));
    }

    [Fact]
    public void Pay_is_the_coefficient_times_the_base_salary()
    {
        var a1 = SalaryTables.Shipped.FindScale("A1")!;

        Assert.Equal(3_486_600m, a1.CoefficientOf(1) * 1_490_000m);
        Assert.Equal(4_212_000m, a1.CoefficientOf(1) * 1_800_000m);
        Assert.Throws<ArgumentOutOfRangeException>(() => a1.CoefficientOf(10));
    }
}
