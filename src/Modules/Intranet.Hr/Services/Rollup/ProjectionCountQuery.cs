using Intranet.Core.Staff;
using Intranet.Hr.Models.Reference;

namespace Intranet.Hr.Services.Rollup;

/// <summary>
/// Every department's on-staff counts in one grouped query over the host's projection (<see cref="HrRollupRow"/>):
/// one row per (department, sex, age band, scale code). Same buckets and the same on-staff rule as
/// <see cref="DepartmentCountQuery"/>, which counts one department's own database.
/// </summary>
internal static class ProjectionCountQuery
{
    // Status 1/2 = Active/Probation. Identifiers quoted and @-parameters: the same SQL runs on SQLite and PostgreSQL.
    private const string Sql = """
        SELECT "TenantName", "Sex",
               CASE WHEN "BirthDate" > @c30 THEN 0 WHEN "BirthDate" > @c40 THEN 1 WHEN "BirthDate" > @c50 THEN 2
                    WHEN "BirthDate" > @c60 THEN 3 ELSE 4 END AS "Band",
               "ScaleCode",
               COUNT(*) AS "People"
        FROM "HrRef_RollupRows"
        WHERE "Status" IN (1, 2) AND ("ClosedOn" IS NULL OR "ClosedOn" > @asOf)
        GROUP BY 1, 2, 3, 4
        """;

    public static async Task<Dictionary<string, DepartmentTally>> RunAsync(HrReferenceDbContext host, DateOnly asOf, CancellationToken ct)
    {
        var counts = new Dictionary<string, DepartmentTally>(StringComparer.Ordinal);
        await RollupSql.ReadAsync(host, Sql, asOf, reader =>
        {
            var tenant = reader.GetString(0);
            if (!counts.TryGetValue(tenant, out var tally))
            {
                tally = counts[tenant] = new DepartmentTally();
            }

            tally.Add((StaffSex)reader.GetInt32(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetString(3), RollupSql.Count(reader, 4));
        }, ct);
        return counts;
    }
}
