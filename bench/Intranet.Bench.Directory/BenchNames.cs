namespace Intranet.Bench.StaffDirectory;

/// <summary>Synthetic Vietnamese names with realistic frequencies (Nguyễn is about four in ten), reproducible from a seed.</summary>
public static class BenchNames
{
    private static readonly (string Name, int Weight)[] Families =
    [
        ("Nguyễn", 38), ("Trần", 11), ("Lê", 10), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4), ("Phan", 4), ("Vũ", 4), ("Võ", 4),
        ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2), ("Dương", 1), ("Lý", 1),
    ];

    private static readonly string[] Middles = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thu", "Bích", "Hoàng", "Xuân", "Thùy", "Công"];

    private static readonly string[] Givens =
    [
        "An", "Anh", "Bình", "Châu", "Dũng", "Hà", "Hạ", "Hạnh", "Hùng", "Hương", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Nhung",
        "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Việt", "Yến", "Đức", "Hải", "Hiếu", "Khoa", "Ngân", "Vy", "Thắng",
    ];

    private static readonly string[] Positions = ["Giám đốc", "Phó Giám đốc", "Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên", "Chuyên viên chính", "Cán sự", "Văn thư"];

    public static string FullName(Random random)
    {
        var total = Families.Sum(f => f.Weight);
        var pick = random.Next(total);
        var family = Families.First(f => (pick -= f.Weight) < 0).Name;
        var middle = Middles[random.Next(Middles.Length)];
        var given = Givens[random.Next(Givens.Length)];
        return random.Next(4) == 0 ? $"{family} {middle} {Middles[random.Next(Middles.Length)]} {given}" : $"{family} {middle} {given}";
    }

    public static string Position(Random random) => Positions[random.Next(Positions.Length)];

    /// <summary>What people type in the header box: short prefixes, family name first or given name first, marks or none.</summary>
    public static readonly string[] Typed =
    [
        "ng", "nguyen", "nguyen v", "nguyễn văn a", "an nguyen", "ng v a", "tran thi h", "Hà", "ha le", "le h", "dang nhung",
        "pham minh tuan", "hoang", "vu thi", "tuan", "Hạnh", "bui", "do duc", "ho ngoc", "ngo", "linh tran", "quoc viet", "thu trang", "nguyn",
    ];
}
