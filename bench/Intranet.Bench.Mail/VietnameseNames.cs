namespace Intranet.Bench.Mail;

/// <summary>
/// Reproducible Vietnamese full names with realistic concentration: family names by national frequency (Nguyễn
/// ≈ 38 %), gendered middle names ("Văn", "Thị" dominate) and common given names weighted by rank, so that a
/// province-wide domain sees the address collisions it sees in reality (nguyenvanhung, nguyenvanhung2, …).
/// </summary>
public static class VietnameseNames
{
    private static readonly (string Name, int Weight)[] Families =
    [
        ("Nguyễn", 38), ("Trần", 11), ("Lê", 10), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4), ("Phan", 4), ("Vũ", 4), ("Võ", 4),
        ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2), ("Dương", 1), ("Lý", 1),
    ];

    private static readonly (string Name, int Weight)[] MaleMiddles =
    [
        ("Văn", 40), ("Đức", 10), ("Minh", 10), ("Quốc", 7), ("Hữu", 7), ("Công", 6), ("Thanh", 6), ("Ngọc", 5), ("Xuân", 5), ("Hoàng", 4),
    ];

    private static readonly (string Name, int Weight)[] FemaleMiddles =
    [
        ("Thị", 55), ("Thu", 9), ("Ngọc", 8), ("Thanh", 7), ("Bích", 5), ("Thùy", 5), ("Minh", 4), ("Kim", 4), ("Mai", 3),
    ];

    private static readonly string[] MaleGivens =
    [
        "Hùng", "Dũng", "Tuấn", "Nam", "Long", "Hải", "Sơn", "Minh", "Thắng", "Quân", "Hiếu", "Trung", "Cường", "Phong", "Khoa", "Việt",
        "Đức", "Thành", "Bình", "Hoàng", "Huy", "Tùng", "Kiên", "Lâm", "Phúc", "Tâm", "Thái", "Toàn", "Vinh", "Anh",
    ];

    private static readonly string[] FemaleGivens =
    [
        "Hương", "Lan", "Linh", "Hà", "Trang", "Mai", "Hạnh", "Thảo", "Nga", "Nhung", "Yến", "Phương", "Ngân", "Vy", "Huyền", "Hằng",
        "Loan", "Dung", "Thủy", "Oanh", "Châu", "Hoa", "Liên", "Ánh", "Quỳnh", "Tâm", "Giang", "Hiền", "Anh", "Thu",
    ];

    public static string FullName(Random random)
    {
        var male = random.Next(2) == 0;
        var family = Pick(random, Families);
        var middle = Pick(random, male ? MaleMiddles : FemaleMiddles);
        var givens = male ? MaleGivens : FemaleGivens;
        var given = givens[Ranked(random, givens.Length)];
        // About one in five has two middle names (Nguyễn Thị Thu Hương).
        return random.Next(5) == 0 ? $"{family} {middle} {Pick(random, male ? MaleMiddles : FemaleMiddles)} {given}" : $"{family} {middle} {given}";
    }

    private static string Pick(Random random, (string Name, int Weight)[] table)
    {
        var pick = random.Next(table.Sum(t => t.Weight));
        return table.First(t => (pick -= t.Weight) < 0).Name;
    }

    /// <summary>An index skewed to the front (rank r has weight 1/(r+2)): common given names are much more common.</summary>
    private static int Ranked(Random random, int count)
    {
        var total = 0.0;
        for (var r = 0; r < count; r++)
        {
            total += 1.0 / (r + 2);
        }

        var pick = random.NextDouble() * total;
        for (var r = 0; r < count; r++)
        {
            if ((pick -= 1.0 / (r + 2)) < 0)
            {
                return r;
            }
        }

        return count - 1;
    }
}
