using Intranet.Core.Tenants;
using Intranet.StaffDirectory.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Bench.StaffDirectory;

/// <summary>
/// Fills N department databases quickly: migrates one with the module's real migrations, copies the file, and inserts
/// units and people with prepared statements in one transaction per department (EF is not the subject here).
/// </summary>
public static class Seeder
{
    private static readonly string[] ParameterNames = ["$name", "$email", "$unit", "$position", "$office", "$mobile", "$room", "$active", "$roomVis", "$now"];

    private static readonly string[] UnitNames = ["Văn phòng", "Phòng Tổ chức cán bộ", "Phòng Kế hoạch – Tài chính", "Phòng Nghiệp vụ", "Thanh tra", "Trung tâm Dịch vụ"];

    public static async Task SeedAsync(BenchHost host, int peoplePerDepartment, int seed)
    {
        var template = host.Departments[0];
        await host.Services.GetRequiredService<TenantDirectoryReader>().ReadAsync(template, async db =>
        {
            await db.Database.MigrateAsync();
            return 0;
        });
        SqliteConnection.ClearAllPools();
        var templateFile = Path.Combine(host.AppData, "template.db");
        File.Copy(host.DatabasePath(template), templateFile);

        var random = new Random(seed);
        foreach (var department in host.Departments)
        {
            var path = host.DatabasePath(department);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(templateFile, path, overwrite: true);
            Insert(path, department.Name, peoplePerDepartment, random);
        }

        SqliteConnection.ClearAllPools();
    }

    /// <summary>Units, positions and people into one department database that already has the directory's tables.</summary>
    public static void Insert(string path, string department, int people, Random random)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        for (var i = 0; i < UnitNames.Length; i++)
        {
            Execute(connection, transaction, "INSERT INTO Directory_Units (Id, Name, Kind, ParentId, SortOrder) VALUES ($id, $name, $kind, NULL, $order)",
                ("$id", $"don-vi-con-{i}"), ("$name", UnitNames[i]), ("$kind", i == UnitNames.Length - 1 ? 3 : 0), ("$order", i));
        }

        var positions = new[] { "Giám đốc", "Phó Giám đốc", "Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên chính", "Chuyên viên", "Cán sự", "Văn thư" };
        for (var i = 0; i < positions.Length; i++)
        {
            Execute(connection, transaction, "INSERT INTO Directory_Positions (Name, Rank) VALUES ($name, $rank)", ("$name", positions[i]), ("$rank", i * 10));
        }

        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO Directory_People (FullName, Email, UnitId, PositionId, OfficePhone, Mobile, Room, IsActive, AccountDisabled, PhotoVersion,
              PositionVisibility, EmailVisibility, OfficePhoneVisibility, MobileVisibility, RoomVisibility, PhotoVisibility, UpdatedUtc)
            VALUES ($name, $email, $unit, $position, $office, $mobile, $room, $active, 0, 0, 0, 0, 0, 1, $roomVis, 0, $now)
            """;
        var parameters = ParameterNames.ToDictionary(n => n, n => insert.Parameters.Add(new SqliteParameter(n, null)));
        insert.Prepare();
        for (var i = 0; i < people; i++)
        {
            parameters["$name"].Value = BenchNames.FullName(random);
            parameters["$email"].Value = $"cb{i}@{department}.gov.vn";
            parameters["$unit"].Value = $"don-vi-con-{random.Next(UnitNames.Length)}";
            parameters["$position"].Value = 1 + random.Next(positions.Length);
            parameters["$office"].Value = $"0290 38{random.Next(10000):0000}";
            parameters["$mobile"].Value = $"09{random.Next(100000000):00000000}";
            parameters["$room"].Value = $"P.{100 + random.Next(400)}";
            parameters["$active"].Value = random.Next(50) == 0 ? 0 : 1; // about 2 % have left: never indexed
            parameters["$roomVis"].Value = random.Next(3);
            parameters["$now"].Value = "2026-11-23 00:00:00";
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object Value)[] values)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
