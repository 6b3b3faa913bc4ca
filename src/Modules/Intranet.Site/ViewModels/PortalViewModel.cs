using Intranet.Core.Tenants;
using Intranet.Site.Models;

namespace Intranet.Site.ViewModels;

/// <summary>The host's home page: the province portal listing the running departments.</summary>
public sealed class PortalViewModel
{
    public required Tenant Province { get; init; }

    public required SiteProfile Profile { get; init; }

    public IReadOnlyList<PortalTenant> Departments { get; init; } = [];

    public IReadOnlyList<NewsItem> LatestNews { get; init; } = [];

    public IReadOnlyList<QuickLink> QuickLinks { get; init; } = [];

    public bool SignedIn { get; init; }
}
