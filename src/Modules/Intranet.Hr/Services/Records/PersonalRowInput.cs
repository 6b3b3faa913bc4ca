using System.Text.Json.Serialization;

namespace Intranet.Hr.Services.Records;

/// <summary>
/// One row of a non-dated group; each kind reads the fields it has (the rest are ignored). Dates dd/MM/yyyy or
/// yyyy-MM-dd; numbers, years and yes/no are text fields that also take a JSON number or boolean, so a typo is a
/// message, not a 500.
/// </summary>
public sealed class PersonalRowInput
{
    // Family
    public string? Relation { get; set; }

    /// <summary>"true"/"false" (or a checkbox's "on"): a relative on the spouse's side.</summary>
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? SpouseSide { get; set; }

    public string? FullName { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? BirthYear { get; set; }

    public string? Details { get; set; }

    // Political
    public string? Organisation { get; set; }

    public string? JoinedOn { get; set; }

    public string? OfficialOn { get; set; }

    public string? Role { get; set; }

    public string? LeftOn { get; set; }

    // Assets
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? Year { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? AnnualIncome { get; set; }

    /// <summary>Assets: the declaration in words; history: the period's description.</summary>
    public string? Description { get; set; }

    // Health
    public string? CheckedOn { get; set; }

    public string? Status { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? HeightCm { get; set; }

    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? WeightKg { get; set; }

    public string? BloodType { get; set; }

    public string? PolicyStatus { get; set; }

    public string? Notes { get; set; }

    // History
    public string? From { get; set; }

    public string? To { get; set; }
}
