using Intranet.Tenants.Services;

namespace Intranet.Tenants.ViewModels;

public sealed record TenantListViewModel(TenantPage Page, TenantQuery Query)
{
    /// <summary>The list polls while a department is being set up, so its state changes without a reload.</summary>
    public bool AnyInitializing => Page.Items.Any(t => t.State == Intranet.Core.Tenants.TenantState.Initializing);

    public string SortLink(string key) => Query.SortKey == key && !Query.Descending ? "-" + key : key;
}
