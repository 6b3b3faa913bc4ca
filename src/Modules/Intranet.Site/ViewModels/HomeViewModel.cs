using Intranet.Core.Tenants;
using Intranet.Site.Models;

namespace Intranet.Site.ViewModels;

/// <summary>A department's home page.</summary>
public sealed class HomeViewModel
{
    public required Tenant Tenant { get; init; }

    public required SiteProfile Profile { get; init; }

    public IReadOnlyList<NewsItem> LatestNews { get; init; } = [];

    public IReadOnlyList<QuickLink> QuickLinks { get; init; } = [];

    /// <summary>The standing pages (Giới thiệu…), linked from the home page's side column.</summary>
    public IReadOnlyList<SitePage> Pages { get; init; } = [];
}
