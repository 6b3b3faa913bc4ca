using System.Text.Json.Serialization;

namespace Intranet.Hr.Services.Records;

/// <summary>
/// One effective-dated row of any kind with its decision; each kind reads the fields it has (the rest are ignored).
/// Dates dd/MM/yyyy or yyyy-MM-dd; numbers are text fields that also take a JSON number (or boolean), so a typo is a
/// message, not a 500.
/// </summary>
public sealed class CareerRowInput
{
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? EffectiveFrom { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? DecisionNumber { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? DecisionSignedOn { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? DecisionSigner { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? Note { get; set; }

    // Salary
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? RankCode { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? ScaleCode { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? Step { get; set; }

    /// <summary>Salary or allowance coefficient; a salary row without one takes it from the code lists.</summary>
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? Coefficient { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? ExceedingPercent { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? StepSince { get; set; }

    /// <summary>SalaryChangeKind name ("RegularStep"…).</summary>
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? SalaryKind { get; set; }

    // Allowance
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? AllowanceKind { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? Percent { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? EndsOn { get; set; }

    // Posting
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? Movement { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? UnitId { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? UnitName { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? JobPosition { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? Post { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? Agency { get; set; }

    // Rating
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? Year { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? Rating { get; set; }

    // Award and discipline
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? Form { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? Level { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? EarlyStepMonths { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? Reason { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? StepExtensionMonths { get; set; }

    // Qualification
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? QualificationKind { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? Field { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? Institution { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? CertificateNumber { get; set; }
}
