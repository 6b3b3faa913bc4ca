using Intranet.Core.Tenants;
using Intranet.Tenants.Models;

namespace Intranet.Tenants.Services;

/// <summary>Between the host database's row and the runtime's immutable <see cref="Tenant"/>.</summary>
public static class TenantMapper
{
    public static Tenant ToTenant(TenantRecord record, IReadOnlySet<string> features) => new()
    {
        Name = record.Name,
        DisplayName = record.DisplayName,
        RequestUrlPrefix = string.IsNullOrEmpty(record.Prefix) ? null : record.Prefix,
        RequestUrlHosts = Split(record.Hosts),
        State = (TenantState)record.State,
        DatabaseProvider = record.DatabaseProvider,
        ConnectionString = record.ConnectionString,
        Theme = record.Theme,
        EnabledFeatures = features,
        RecipeName = record.RecipeName,
        Description = record.Description,
        CreatedUtc = DateTime.SpecifyKind(record.CreatedUtc, DateTimeKind.Utc),
        VersionId = string.IsNullOrEmpty(record.VersionId) ? Guid.NewGuid().ToString("N") : record.VersionId,
    };

    public static void CopyTo(Tenant tenant, TenantRecord record)
    {
        record.Name = tenant.Name;
        record.DisplayName = tenant.DisplayName;
        record.Prefix = tenant.RequestUrlPrefix;
        record.Hosts = string.Join(',', tenant.RequestUrlHosts);
        record.State = (int)tenant.State;
        record.DatabaseProvider = tenant.DatabaseProvider;
        record.ConnectionString = tenant.IsHost ? null : tenant.ConnectionString; // the host's comes from configuration
        record.Theme = tenant.Theme;
        record.Features = string.Join(',', tenant.EnabledFeatures.Order(StringComparer.Ordinal));
        record.RecipeName = tenant.RecipeName;
        record.Description = tenant.Description;
        record.CreatedUtc = tenant.CreatedUtc;
        record.VersionId = tenant.VersionId;
        record.SearchText = SearchText.Fold(string.Join(' ', [tenant.Name, tenant.DisplayName, tenant.RequestUrlPrefix ?? "", .. tenant.RequestUrlHosts]));
    }

    public static IReadOnlyList<string> Split(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
