using System.Data.Common;
using System.Globalization;
using Intranet.Core.Staff;
using Intranet.Hr.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Services.Rollup;

/// <summary>
/// One department's on-staff counts in one grouped SQL query: the database returns one row per
/// (sex, age band, current scale code) — a few dozen rows — instead of every record. The age band is decided in SQL
/// from birth-date cut-offs computed here; the scale code is folded into its rank group afterwards (a handful of codes).
/// </summary>
internal static class DepartmentCountQuery
{
    // Status 1/2 = Active/Probation. Identifiers quoted and @-parameters: the same SQL runs on SQLite and PostgreSQL.
    // Dates are ISO text on SQLite (text order is date order) and `date` on PostgreSQL; Add passes each its own kind.
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
        var bySex = Empty(RollupBands.Sexes);
        var byAge = Empty(RollupBands.AgeBands);
        var byRank = Empty(RollupBands.RankGroups);
        var total = 0;
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            var native = db.Database.IsNpgsql();
            Add(command, "@asOf", asOf, native);
            Add(command, "@c30", RollupBands.BornOnOrBefore(asOf, 30), native);
            Add(command, "@c40", RollupBands.BornOnOrBefore(asOf, 40), native);
            Add(command, "@c50", RollupBands.BornOnOrBefore(asOf, 50), native);
            Add(command, "@c60", RollupBands.BornOnOrBefore(asOf, 60), native);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var people = Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture); // COUNT is bigint on PostgreSQL
                total += people;
                bySex[RollupBands.Sex((StaffSex)reader.GetInt32(0))] += people;
                byAge[RollupBands.AgeBands[reader.GetInt32(1)]] += people;
                byRank[RollupBands.RankGroup(reader.IsDBNull(2) ? null : reader.GetString(2))] += people;
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }

        return new DepartmentCounts(tenantName, displayName, total, bySex, byAge, byRank);
    }

    private static Dictionary<string, int> Empty(string[] order) => order.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);

    private static void Add(DbCommand command, string name, DateOnly value, bool nativeDate)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = nativeDate ? value : value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        command.Parameters.Add(parameter);
    }
}
