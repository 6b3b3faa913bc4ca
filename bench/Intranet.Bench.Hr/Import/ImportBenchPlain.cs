using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Intranet.Bench.Hr.Import;

/// <summary>
/// The floor: the same records, salary, posting and IT rows written with prepared INSERTs in one transaction,
/// without reading a file, checking a cell, mapping a code or looking up an existing ID.
/// </summary>
public static class ImportBenchPlain
{
    public static async Task InsertAsync(string file, IReadOnlyList<BenchPerson> people)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file }.ToString());
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        await using var record = Command(connection, transaction, "INSERT INTO Hr_Records (PersonalId, FullName, Sex, BirthDate, BirthDatePrecision, EthnicityCode, ReligionCode, Category, Status, CreatedUtc, UpdatedUtc) VALUES ($id, $name, $sex, $birth, 1, NULL, '00', 1, 1, $now, $now) RETURNING Id", "$id", "$name", "$sex", "$birth", "$now");
        await using var salary = Command(connection, transaction, "INSERT INTO Hr_Salary (RecordId, RankCode, ScaleCode, Step, Coefficient, ExceedingPercent, StepSince, Kind, EffectiveFrom, RecordedUtc) VALUES ($r, $rank, 'A1', $step, $c, 0, $since, 1, $since, $now)", "$r", "$rank", "$step", "$c", "$since", "$now");
        await using var posting = Command(connection, transaction, "INSERT INTO Hr_Postings (RecordId, Movement, UnitName, JobPosition, EffectiveFrom, RecordedUtc) VALUES ($r, 1, $unit, 'Chuyên viên', $from, $now)", "$r", "$unit", "$from", "$now");
        await using var it = Command(connection, transaction, "INSERT INTO Hr_Qualifications (RecordId, Kind, Level, EffectiveFrom, RecordedUtc) VALUES ($r, 5, 'co-ban', $from, $now)", "$r", "$from", "$now");
        foreach (var p in people)
        {
            Set(record, p.PersonalId, p.FullName, p.Female ? 2 : 1, Day(p.BirthDate), now);
            var id = Convert.ToInt64(await record.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            Set(salary, id, p.Rank, p.Step, p.Coefficient.ToString(CultureInfo.InvariantCulture), Day(p.StepSince), now);
            await salary.ExecuteNonQueryAsync();
            Set(posting, id, p.Unit, Day(p.PostedOn), now);
            await posting.ExecuteNonQueryAsync();
            Set(it, id, Day(p.PostedOn), now);
            await it.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }
}
