using Intranet.Core.Tenants;
using Intranet.Tenants.Models;

namespace Intranet.Tenants.ViewModels;

public sealed record TenantFeaturesViewModel(Tenant Tenant, IReadOnlyList<FeatureView> Features, IReadOnlyDictionary<string, string> Names);
