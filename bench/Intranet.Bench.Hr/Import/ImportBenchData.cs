using System.Globalization;
using System.Text;

namespace Intranet.Bench.Hr.Import;

/// <summary>Deterministic department-sized data: the same people as the import's CSV and as plain rows.</summary>
public static class ImportBenchData
{
    private static readonly string[] Family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"];
    private static readonly string[] Middle = ["Văn", "Thị", "Minh", "Thu", "Hữu", "Ngọc", "Quang", "Thanh"];
    private static readonly string[] Given = ["An", "Bình", "Cường", "Dung", "Hoà", "Hải", "Lan", "Nam", "Phương", "Trang", "Tuấn", "Yến"];
    private static readonly string[] Units = ["Phòng Tổ chức cán bộ", "Phòng Kế hoạch – Tài chính", "Văn phòng Sở", "Thanh tra Sở", "Phòng Quản lý chuyên ngành"];
    private static readonly (string Rank, decimal[] Coefficients)[] Ranks =
    [
        ("01.003", [2.34m, 2.67m, 3.00m, 3.33m, 3.66m, 3.99m, 4.32m, 4.65m, 4.98m]),
        ("01.002", [4.40m, 4.74m, 5.08m, 5.42m, 5.76m, 6.10m, 6.44m, 6.78m]),
        ("01.005", [1.86m, 2.06m, 2.26m, 2.46m, 2.66m, 2.86m, 3.06m, 3.26m, 3.46m, 3.66m, 3.86m, 4.06m]),
    ];

    public static IReadOnlyList<BenchPerson> People(int count) => [.. Enumerable.Range(0, count).Select(Person)];

    public static byte[] Csv(int count)
    {
        var text = new StringBuilder();
        text.Append("Số định danh cá nhân (CCCD),Họ và tên khai sinh,Giới tính,Ngày sinh,Dân tộc,Tôn giáo,Mã ngạch / chức danh nghề nghiệp,Bậc lương,Ngày hưởng bậc hiện tại,Đơn vị / phòng,Vị trí việc làm,Chức vụ,Ngày giữ vị trí / chức vụ,Tin học\r\n");
        foreach (var p in People(count))
        {
            text.Append(CultureInfo.InvariantCulture, $"{p.PersonalId},{p.FullName},{(p.Female ? "Nữ" : "Nam")},{p.BirthDate:dd/MM/yyyy},,Không,{p.Rank},{p.Step},{p.StepSince:dd/MM/yyyy},{p.Unit},Chuyên viên,,{p.PostedOn:dd/MM/yyyy},Cơ bản\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static BenchPerson Person(int i)
    {
        var (rank, coefficients) = Ranks[i % Ranks.Length];
        var step = 1 + (i % coefficients.Length);
        var birth = new DateOnly(1966 + (i % 35), 1 + (i % 12), 1 + (i % 28));
        return new BenchPerson(
            "0010" + (i % 2 == 0 ? "8" : "9") + "0" + i.ToString("000000", CultureInfo.InvariantCulture),
            $"{Family[i % Family.Length]} {Middle[(i / 7) % Middle.Length]} {Given[(i / 3) % Given.Length]}",
            i % 2 == 1,
            birth,
            rank,
            step,
            coefficients[step - 1],
            new DateOnly(2018 + (i % 7), 1 + (i % 12), 1),
            Units[i % Units.Length],
            birth.AddYears(23));
    }
}
