using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Services.Rollup;

/// <summary>
/// Runs one of the roll-up's grouped queries on a context's connection with the date parameters they share: the
/// as-of date (<c>@asOf</c>) and the birth-date cut-offs of the age bands (<c>@c30</c>…<c>@c60</c>, from
/// <see cref="RollupBands.BornOnOrBefore"/>, so SQL bands match the C# rule exactly). Dates are ISO text on SQLite
/// (text order is date order) and <c>date</c> on PostgreSQL.
/// </summary>
internal static class RollupSql
{
    public static async Task ReadAsync(DbContext db, string sql, DateOnly asOf, Action<DbDataReader> row, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var native = db.Database.IsNpgsql();
            Add(command, "@asOf", asOf, native);
            foreach (var years in new[] { 30, 40, 50, 60 })
            {
                Add(command, "@c" + years.ToString(CultureInfo.InvariantCulture), RollupBands.BornOnOrBefore(asOf, years), native);
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                row(reader);
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>A COUNT column: integer on SQLite, bigint on PostgreSQL.</summary>
    public static int Count(DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static void Add(DbCommand command, string name, DateOnly value, bool nativeDate)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = nativeDate ? value : value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        command.Parameters.Add(parameter);
    }
}
