namespace Intranet.StaffDirectory.Services;

/// <summary>
/// One person as a given reader may see them: a field the reader may not see is null, never an empty string, so
/// views, the API and vCards leave it out entirely.
/// </summary>
public sealed record DirectoryEntry
{
    public required string TenantName { get; init; }

    public required string TenantDisplayName { get; init; }

    public required int PersonId { get; init; }

    public required string FullName { get; init; }

    public string? UnitId { get; init; }

    public string? UnitName { get; init; }

    public string? Position { get; init; }

    public string? Email { get; init; }

    public string? OfficePhone { get; init; }

    public string? Mobile { get; init; }

    public string? Room { get; init; }

    /// <summary>The photo's version when the reader may see it (null: no photo or not visible).</summary>
    public int? PhotoVersion { get; init; }
}
