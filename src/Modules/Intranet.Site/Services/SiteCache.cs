using Intranet.Core.Caching;

namespace Intranet.Site.Services;

/// <summary>
/// A department's home page reads the same few rows on every visit (profile, quick links, latest news, pages);
/// they are kept in memory per tenant and dropped whenever <see cref="SiteDbContext"/> saves in that tenant.
/// </summary>
public sealed class SiteCache
{
    private readonly ChangeAwareCache _cache;

    public SiteCache(TimeProvider clock) => _cache = new ChangeAwareCache(clock);

    public static string Owner(string tenantName) => "s:" + tenantName + ":";

    public Task<T> GetOrLoadAsync<T>(string tenantName, string what, Func<Task<T>> load) =>
        _cache.GetOrLoadAsync(Owner(tenantName) + what, Owner(tenantName), load);

    public void Invalidate(string tenantName) => _cache.Invalidate(Owner(tenantName));
}
