using Intranet.Core.Tenants;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intranet.Core.Data;

/// <summary>Folders on disk: App_Data, and one folder per tenant under App_Data/Sites/{tenant}.</summary>
public sealed class TenantPaths
{
    public TenantPaths(IOptions<DataOptions> options, IHostEnvironment environment)
    {
        AppData = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.AppDataPath));
        System.IO.Directory.CreateDirectory(AppData);
    }

    public string AppData { get; }

    public string Sites => Path.Combine(AppData, "Sites");

    public string SiteFolder(string tenantName) => Path.Combine(Sites, tenantName);

    public string SiteFolder(Tenant tenant) => SiteFolder(tenant.Name);

    /// <summary>A sub-folder of the tenant's site folder, created on demand.</summary>
    public string EnsureSiteFolder(Tenant tenant, params string[] parts)
    {
        var path = Path.Combine([SiteFolder(tenant), .. parts]);
        System.IO.Directory.CreateDirectory(path);
        return path;
    }
}
