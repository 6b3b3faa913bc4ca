namespace Intranet.Hr.Services.Records;

/// <summary>
/// One row of a non-dated group; each kind reads the fields it has (the rest are ignored). Dates dd/MM/yyyy or
/// yyyy-MM-dd; numbers as text so a typo is a message, not a 500.
/// </summary>
public sealed class PersonalRowInput
{
    // Family
    public string? Relation { get; set; }

    /// <summary>"true"/"false" (or a checkbox's "on"): a relative on the spouse's side.</summary>
    public string? SpouseSide { get; set; }

    public string? FullName { get; set; }

    public string? BirthYear { get; set; }

    public string? Details { get; set; }

    // Political
    public string? Organisation { get; set; }

    public string? JoinedOn { get; set; }

    public string? OfficialOn { get; set; }

    public string? Role { get; set; }

    public string? LeftOn { get; set; }

    // Assets
    public string? Year { get; set; }

    public string? AnnualIncome { get; set; }

    /// <summary>Assets: the declaration in words; history: the period's description.</summary>
    public string? Description { get; set; }

    // Health
    public string? CheckedOn { get; set; }

    public string? Status { get; set; }

    public string? HeightCm { get; set; }

    public string? WeightKg { get; set; }

    public string? BloodType { get; set; }

    public string? PolicyStatus { get; set; }

    public string? Notes { get; set; }

    // History
    public string? From { get; set; }

    public string? To { get; set; }
}
