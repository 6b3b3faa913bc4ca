using System.Text;
using Intranet.Testing;

namespace Intranet.Security.Tests.Fuzz;

/// <summary>
/// The uploads every upload parameter gets: every file of <see cref="HostileFiles"/> (spreadsheet, zip and XML
/// attacks, broken CSV — the one generator the upload tests use too), then what only the fuzzer sends: garbage, a
/// plain zip bomb, huge CSVs, broken images and dangerous file names.
/// </summary>
public static class FuzzFiles
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IReadOnlyList<FuzzUpload> All { get; } =
    [
        .. HostileFiles.All().Select(f => new FuzzUpload(f.Id + ": " + f.Why, f.FileName, ContentTypeOf(f.FileName), () => f.Content, IsRowIndexBomb: f.Id == "row-index-bomb")),
        new("plain zip bomb (64 MB of zeros)", "bom.zip", "application/zip", () => HostileFiles.Zip([("khong.bin", new byte[64 * 1024 * 1024])])),
        new("garbage bytes named .xlsx", "rac.xlsx", Xlsx, () => Garbage(64 * 1024)),
        new("garbage bytes named .csv", "rac.csv", "text/csv", () => Garbage(64 * 1024)),
        new("CSV with one 1 MB cell", "o-lon.csv", "text/csv", () => Encoding.UTF8.GetBytes("Họ và tên,Email\n\"" + new string('x', 1024 * 1024) + "\",a@b.test\n")),
        new("CSV with 10,000 columns", "cot.csv", "text/csv", () => Encoding.UTF8.GetBytes(string.Join(',', Enumerable.Range(0, 10_000)) + "\n")),
        new("CSV with 100,000 rows", "hang.csv", "text/csv", () => Encoding.UTF8.GetBytes("Họ và tên,Email\n" + string.Concat(Enumerable.Repeat("A,a@b.test\n", 100_000)))),
        new("CSV with NUL, invalid UTF-8 and an unclosed quote", "xau.csv", "text/csv", () => [.. "Họ và tên\n\"a\0"u8, 0xFF, 0xFE, .. "\nb"u8]),
        new("PNG claiming 65535×65535 pixels", "anh.png", "image/png", HugePng),
        new("truncated JPEG", "anh.jpg", "image/jpeg", () => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]),
        new("file name with a path", "../../../../etc/passwd.csv", "text/csv", () => "Họ và tên\nA\n"u8.ToArray()),
        new("file name with CR/LF and NUL", "a\r\nb\0.csv", "text/csv", () => "Họ và tên\nA\n"u8.ToArray()),
        new("file name of 2,000 characters", new string('t', 2000) + ".csv", "text/csv", () => "Họ và tên\nA\n"u8.ToArray()),
    ];

    private static string ContentTypeOf(string fileName) =>
        fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "text/csv" : Xlsx;

    private static byte[] Garbage(int length)
    {
        var bytes = new byte[length];
        new Random(20261206).NextBytes(bytes);
        return bytes;
    }

    private static byte[] HugePng() =>
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, // signature
        0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, // IHDR, 13 bytes
        0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0xFF, 0xFF, 0x08, 0x06, 0x00, 0x00, 0x00, // 65535 × 65535, RGBA
        0x00, 0x00, 0x00, 0x00, // CRC (wrong on purpose)
        0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];
}
