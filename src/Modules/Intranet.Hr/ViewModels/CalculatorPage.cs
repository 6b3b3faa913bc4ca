using Intranet.Hr.Rules;

namespace Intranet.Hr.ViewModels;

/// <summary>The calculator page: both forms' inputs as typed, and the result or the errors of the one submitted.</summary>
public sealed class CalculatorPage
{
    public string? BirthDate { get; init; }

    public string? Sex { get; init; }

    public string? Scale { get; init; }

    public string? Step { get; init; }

    public string? Since { get; init; }

    public string? ExtensionMonths { get; init; }

    public string? EarlyMonths { get; init; }

    public string? ExceedingPercent { get; init; }

    public RetirementAge? Retirement { get; init; }

    public bool BirthYearOnly { get; init; }

    public NextStep? Next { get; init; }

    public decimal? BaseSalary { get; init; }

    public IReadOnlyList<SalaryScale> Scales { get; init; } = [];

    public IReadOnlyList<RankInfo> Ranks { get; init; } = [];

    public IDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
