using Intranet.Core.Staff;

namespace Intranet.Hr.Services.Records;

/// <summary>What the record list is narrowed to; unit and rank are matched on the rows in force on <see cref="AsOf"/>.</summary>
public sealed record RecordFilter
{
    public const int MaxPageSize = 200;

    public string? Search { get; init; }

    public string? UnitId { get; init; }

    public StaffStatus? Status { get; init; }

    public string? RankCode { get; init; }

    public DateOnly? AsOf { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}
