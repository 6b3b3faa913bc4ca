namespace Intranet.Core.Modules;

/// <summary>Where a feature may be enabled.</summary>
public enum FeatureScope
{
    /// <summary>In the host (province) and in any department tenant.</summary>
    Any = 0,

    /// <summary>Only in the host (Default tenant): province-wide concerns such as the tenant registry.</summary>
    Host = 1,

    /// <summary>Only in department tenants.</summary>
    Tenant = 2,
}
