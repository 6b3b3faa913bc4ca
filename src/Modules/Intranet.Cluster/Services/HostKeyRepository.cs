using System.Xml.Linq;
using Intranet.Cluster.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Cluster.Services;

/// <summary>
/// The key ring in the host database's <c>DataProtectionKeys</c> table — what the package's
/// <c>PersistKeysToDbContext</c> does, but disposing its scope asynchronously: a host context's scope holds a
/// <see cref="Core.Data.DataTransactionScope"/>, which only disposes asynchronously. Keys are read rarely
/// (the ring is cached and refreshed about daily) and written once per rotation, so the sync wait is harmless.
/// </summary>
internal sealed class HostKeyRepository : IXmlRepository
{
    private readonly IServiceScopeFactory _scopes;

    public HostKeyRepository(IServiceScopeFactory scopes) => _scopes = scopes;

    public IReadOnlyCollection<XElement> GetAllElements() => Run<IReadOnlyCollection<XElement>>(db =>
        db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).AsEnumerable().Where(x => !string.IsNullOrEmpty(x)).Select(x => XElement.Parse(x!)).ToList());

    public void StoreElement(XElement element, string friendlyName) => Run(db =>
    {
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
        return 0;
    });

    private T Run<T>(Func<ClusterDbContext, T> work)
    {
        var scope = _scopes.CreateAsyncScope();
        try
        {
            return work(scope.ServiceProvider.GetRequiredService<ClusterDbContext>());
        }
        finally
        {
            scope.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
