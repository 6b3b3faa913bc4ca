namespace Intranet.Site.ViewModels;

/// <summary>One page of a list; <see cref="Page"/> is clamped to the pages that exist.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int RequestedPage, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int Page => Math.Clamp(RequestedPage, 1, PageCount);
}
