namespace Intranet.Hr.Rules;

/// <summary>
/// One entry of a code list. Besides code and name: other names met in legacy files (<see cref="Aliases"/>),
/// <see cref="Parent"/> (the scale of a rank; the 2008 code of a 1979 ethnic group), <see cref="Values"/> (a scale's
/// coefficients; a base salary's amount) and <see cref="Months"/> (a scale's step interval).
/// </summary>
public sealed record CodeItem(string Code, string Name)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Parent { get; init; }

    public IReadOnlyList<decimal> Values { get; init; } = [];

    public int? Months { get; init; }
}
