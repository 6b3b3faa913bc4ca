using Intranet.Core.OrgUnits;
using Intranet.Hr.Services.Records;

namespace Intranet.Hr.ViewModels;

/// <summary>Add or correct one effective-dated row of a kind, with its decision and scan.</summary>
public sealed class RowForm
{
    public required int RecordId { get; init; }

    public required string RecordName { get; init; }

    public required CareerKind Kind { get; init; }

    public int? RowId { get; init; }

    public CareerRowInput Input { get; init; } = new();

    public string? ScanFileName { get; init; }

    public IReadOnlyList<OrgUnitInfo> Units { get; init; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    public string? Error(string field) => Errors.TryGetValue(field, out var e) ? string.Join(" ", e) : null;

    public string Action => $"~/admin/hr/records/{RecordId}/{CareerKinds.Slug(Kind)}/" + (RowId is { } id ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "new");
}
