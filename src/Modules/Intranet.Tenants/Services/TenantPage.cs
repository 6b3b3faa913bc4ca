using Intranet.Core.Tenants;

namespace Intranet.Tenants.Services;

/// <summary>One page of tenants and the number that matched.</summary>
public sealed record TenantPage(IReadOnlyList<Tenant> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
