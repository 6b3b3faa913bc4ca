using Intranet.Core.Tenants;

namespace Intranet.Search.Services;

/// <summary>
/// A module's index, described so the search layer can rebuild it from the database (the index is a cache, never
/// the system of record). Registered as a singleton with <c>services.AddSearchIndexSource&lt;T&gt;()</c>.
/// </summary>
public interface ISearchIndexSource
{
    string IndexName { get; }

    /// <summary>Vietnamese name shown on the admin page.</summary>
    string DisplayName { get; }

    /// <summary>The tenants holding this index (the province directory: the host only).</summary>
    IEnumerable<Tenant> TenantsFor(TenantTable table);

    /// <summary>Adds every document to the emptied index; sets <see cref="IndexRebuild.Total"/> first when it can.</summary>
    Task RebuildAsync(Tenant tenant, IndexRebuild rebuild, CancellationToken cancellationToken);
}
