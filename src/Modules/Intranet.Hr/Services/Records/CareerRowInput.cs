namespace Intranet.Hr.Services.Records;

/// <summary>
/// One effective-dated row of any kind with its decision; each kind reads the fields it has (the rest are ignored).
/// Dates dd/MM/yyyy or yyyy-MM-dd; numbers as text so a typo is a message, not a 500.
/// </summary>
public sealed class CareerRowInput
{
    public string? EffectiveFrom { get; set; }

    public string? DecisionNumber { get; set; }

    public string? DecisionSignedOn { get; set; }

    public string? DecisionSigner { get; set; }

    public string? Note { get; set; }

    // Salary
    public string? RankCode { get; set; }

    public string? ScaleCode { get; set; }

    public string? Step { get; set; }

    /// <summary>Salary or allowance coefficient; a salary row without one takes it from the code lists.</summary>
    public string? Coefficient { get; set; }

    public string? ExceedingPercent { get; set; }

    public string? StepSince { get; set; }

    /// <summary>SalaryChangeKind name ("RegularStep"…).</summary>
    public string? SalaryKind { get; set; }

    // Allowance
    public string? AllowanceKind { get; set; }

    public string? Percent { get; set; }

    public string? EndsOn { get; set; }

    // Posting
    public string? Movement { get; set; }

    public string? UnitId { get; set; }

    public string? UnitName { get; set; }

    public string? JobPosition { get; set; }

    public string? Post { get; set; }

    public string? Agency { get; set; }

    // Rating
    public string? Year { get; set; }

    public string? Rating { get; set; }

    // Award and discipline
    public string? Form { get; set; }

    public string? Level { get; set; }

    public string? EarlyStepMonths { get; set; }

    public string? Reason { get; set; }

    public string? StepExtensionMonths { get; set; }

    // Qualification
    public string? QualificationKind { get; set; }

    public string? Field { get; set; }

    public string? Institution { get; set; }

    public string? CertificateNumber { get; set; }
}
