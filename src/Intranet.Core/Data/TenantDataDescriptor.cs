namespace Intranet.Core.Data;

/// <summary>A module DbContext and where its tables live: in each tenant's database, or only in the host's.</summary>
public sealed record TenantDataDescriptor(Type ContextType, string FeatureId, bool HostOnly);
