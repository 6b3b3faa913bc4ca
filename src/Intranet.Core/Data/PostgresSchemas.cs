using Intranet.Core.Tenants;

namespace Intranet.Core.Data;

/// <summary>
/// Where a tenant's tables live in the province's PostgreSQL database: the host in "host", each department in
/// "t_{name}" ('-' becomes '_'; tenant names are a-z, 0-9 and '-', at most 50 characters, so names never collide and
/// stay under PostgreSQL's 63-byte identifier limit).
/// </summary>
public static class PostgresSchemas
{
    public const string Host = "host";

    public static string For(Tenant tenant) => tenant.IsHost ? Host : For(tenant.Name);

    public static string For(string tenantName) =>
        TenantNames.IsValidName(tenantName)
            ? "t_" + tenantName.Replace('-', '_')
            : throw new ArgumentException($"'{tenantName}' is not a valid tenant name.", nameof(tenantName));

    /// <summary>The schema as a quoted SQL identifier (the name is validated above, so quoting is enough).</summary>
    public static string Quoted(string schema) => "\"" + schema.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
