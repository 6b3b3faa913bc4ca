using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Intranet.Crash.Tests;

/// <summary>Small, deterministic inputs: a people file for the directory import, a department recipe with members for mail.</summary>
internal static class CrashData
{
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Minh", "Quốc", "Thu"];
    private static readonly string[] GivenNames = ["An", "Bình", "Chi", "Dũng", "Hà", "Hùng", "Lan", "Minh", "Nga", "Phúc"];

    /// <summary>A CSV of <paramref name="count"/> new people; <paramref name="batch"/> keeps each file's emails apart from the others'.</summary>
    public static byte[] PeopleCsv(int batch, int count)
    {
        var csv = new StringBuilder("Họ và tên,Email,Chức vụ,Điện thoại cơ quan\n");
        for (var i = 0; i < count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Name(i)},b{batch}p{i}@crash.test,Chuyên viên,0236 38{i % 10000:0000}\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>A department recipe (the tenant import's format) whose <paramref name="members"/> accounts have it as their home.</summary>
    public static string DepartmentWithMembers(int members)
    {
        var accounts = Enumerable.Range(0, members)
            .Select(i => new { email = $"m{i}@members.crash.test", fullName = Name(i), roles = new[] { "Member" }, home = true });
        var recipe = new
        {
            name = "crash-members",
            displayName = "Đơn vị có thành viên",
            steps = new object[]
            {
                new { name = "feature", enable = new[] { "Intranet.Site", "Intranet.Directory" } },
                new { name = "accounts", accounts = accounts.Cast<object>().Prepend(new { email = "quantri@bench.test", fullName = "Quản trị", roles = new[] { "Administrator" }, home = false }) },
            },
        };
        return JsonSerializer.Serialize(recipe);
    }

    /// <summary>Names as people have them (no digits; repeats are fine, the email tells people apart).</summary>
    private static string Name(int i) =>
        $"{FamilyNames[i % FamilyNames.Length]} {MiddleNames[i / FamilyNames.Length % MiddleNames.Length]} {GivenNames[i / 40 % GivenNames.Length]}";
}
