using Intranet.Hr.Services.Records;

namespace Intranet.Hr.ViewModels;

/// <summary>Add or correct one row of a non-dated group (family, Party, assets, health, history).</summary>
public sealed class PersonalForm
{
    public required int RecordId { get; init; }

    public required string RecordName { get; init; }

    public required PersonalKind Kind { get; init; }

    public int? RowId { get; init; }

    public PersonalRowInput Input { get; init; } = new();

    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    public string? Error(string field) => Errors.TryGetValue(field, out var e) ? string.Join(" ", e) : null;

    public string Action => $"~/admin/hr/records/{RecordId}/{PersonalKinds.Slug(Kind)}/" + (RowId is { } id ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "new");
}
