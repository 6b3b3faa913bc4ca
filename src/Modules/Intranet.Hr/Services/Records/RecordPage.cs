namespace Intranet.Hr.Services.Records;

/// <summary>A page of the record list.</summary>
public sealed record RecordPage(IReadOnlyList<RecordListItem> Items, int Total, int Page, int PageSize, DateOnly AsOf)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
