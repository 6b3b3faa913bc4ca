using Intranet.Core.Staff;
using Intranet.Hr.Models;

namespace Intranet.Hr.Services.Rollup;

/// <summary>
/// One department's on-staff counts in one grouped SQL query: the database returns one row per
/// (sex, age band, current scale code) — a few dozen rows — instead of every record. The age band is decided in SQL
/// from birth-date cut-offs computed here; the scale code is folded into its rank group afterwards (a handful of codes).
/// </summary>
internal static class DepartmentCountQuery
{
    // Status 1/2 = Active/Probation. Identifiers quoted and @-parameters: the same SQL runs on SQLite and PostgreSQL.
    // Dates are ISO text on SQLite (text order is date order) and `date` on PostgreSQL; RollupSql passes each its own kind.
    private const string Sql = """
        SELECT r."Sex",
               CASE WHEN r."BirthDate" > @c30 THEN 0 WHEN r."BirthDate" > @c40 THEN 1 WHEN r."BirthDate" > @c50 THEN 2
                    WHEN r."BirthDate" > @c60 THEN 3 ELSE 4 END AS "Band",
               (SELECT s."ScaleCode" FROM "Hr_Salary" s WHERE s."RecordId" = r."Id" AND s."EffectiveFrom" <= @asOf
                ORDER BY s."EffectiveFrom" DESC LIMIT 1) AS "Scale",
               COUNT(*) AS "People"
        FROM "Hr_Records" r
        WHERE r."Status" IN (1, 2) AND (r."ClosedOn" IS NULL OR r."ClosedOn" > @asOf)
        GROUP BY 1, 2, 3
        """;

    public static async Task<DepartmentCounts> RunAsync(HrDbContext db, string tenantName, string displayName, DateOnly asOf, CancellationToken ct)
    {
        var tally = new DepartmentTally();
        await RollupSql.ReadAsync(db, Sql, asOf, reader =>
            tally.Add((StaffSex)reader.GetInt32(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2), RollupSql.Count(reader, 3)), ct);
        return tally.ToCounts(tenantName, displayName);
    }
}
