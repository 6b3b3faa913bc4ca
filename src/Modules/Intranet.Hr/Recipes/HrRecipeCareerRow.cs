namespace Intranet.Hr.Recipes;

/// <summary>
/// A career row of the <c>hr</c> step; which fields count depends on the list it is in: salary (rank, scale, step,
/// coefficient, stepSince, kind), postings (unit, unitName, jobPosition, post, movement), qualifications (kind, level,
/// field), ratings (year, rating).
/// </summary>
public sealed class HrRecipeCareerRow
{
    public string? From { get; set; }

    public string? Rank { get; set; }

    public string? Scale { get; set; }

    public int Step { get; set; }

    public decimal Coefficient { get; set; }

    public string? StepSince { get; set; }

    public string? Kind { get; set; }

    public string? Unit { get; set; }

    public string? UnitName { get; set; }

    public string? JobPosition { get; set; }

    public string? Post { get; set; }

    public string? Movement { get; set; }

    public string? Level { get; set; }

    public string? Field { get; set; }

    public int Year { get; set; }

    public string? Rating { get; set; }

    public string? DecisionNumber { get; set; }

    public string? DecisionSigner { get; set; }
}
