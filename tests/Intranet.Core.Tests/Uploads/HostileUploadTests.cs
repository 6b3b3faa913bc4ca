using System.Diagnostics;
using Intranet.Core.Uploads;
using Intranet.Testing;

namespace Intranet.Core.Tests.Uploads;

/// <summary>Every generated hostile file is refused by the bounded reader with a Vietnamese message, quickly and cheaply.</summary>
public sealed class HostileUploadTests
{
    public static TheoryData<string> Ids() => [.. HostileFiles.All().Select(f => f.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_hostile_file_is_refused_with_a_Vietnamese_message_within_a_second(string id)
    {
        var file = HostileFiles.All().Single(f => f.Id == id);
        var clock = Stopwatch.StartNew();

        var ex = Assert.Throws<UploadRejectedException>(() => ReadAll(file.Content, file.FileName));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{id}: {clock.Elapsed}");
        Assert.Matches("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]", ex.Message.ToLowerInvariant());
    }

    [Fact]
    public void The_row_index_bomb_is_refused_in_milliseconds_with_little_memory()
    {
        var bomb = HostileFiles.RowIndexBomb();
        Assert.True(bomb.Length < 2048, $"{bomb.Length} bytes");
        ReadQuietly(HostileFiles.Xlsx(HostileFiles.Row(1, HostileFiles.InlineCell("A1", "x")))); // warm up the code paths

        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var ex = Assert.Throws<UploadRejectedException>(() => ReadAll(bomb, "bigrow.xlsx"));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains("2.147.483.647", ex.Message, StringComparison.Ordinal);
        Assert.True(clock.ElapsedMilliseconds < 500, $"{clock.ElapsedMilliseconds} ms");
        Assert.True(allocated < 4 * 1024 * 1024, $"{allocated:N0} bytes allocated");
    }

    [Theory]
    [InlineData("zip-bomb")]
    [InlineData("zip-bomb-false-sizes")]
    public void A_zip_bomb_is_refused_before_it_is_expanded(string id)
    {
        var file = HostileFiles.All().Single(f => f.Id == id);
        ReadQuietly(HostileFiles.Xlsx(HostileFiles.Row(1, HostileFiles.InlineCell("A1", "x"))));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        Assert.Throws<UploadRejectedException>(() => ReadAll(file.Content, file.FileName));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(clock.ElapsedMilliseconds < 1000, $"{clock.ElapsedMilliseconds} ms");
        Assert.True(allocated < 8 * 1024 * 1024, $"{allocated:N0} bytes allocated for a 100 MB sheet");
    }

    [Fact]
    public void An_entry_whose_directory_lies_is_never_expanded_past_its_declared_size()
    {
        // The directory declares 4 KB for a 100 MB sheet, so the checks at open pass; reading must stop there.
        using var zip = SafeZipArchive.Open(new MemoryStream(HostileFiles.ZipBombWithFalseSizes()), UploadLimits.Default);
        using var sheet = zip.OpenRead(zip.Find("xl/worksheets/sheet1.xml")!);
        long expanded = 0;
        var buffer = new byte[81920];

        var refused = Record.Exception(() =>
        {
            int read;
            while ((read = sheet.Read(buffer)) > 0)
            {
                expanded += read;
            }
        });

        Assert.True(refused is null or UploadRejectedException, refused?.ToString());
        Assert.True(expanded <= 4096 + buffer.Length, $"{expanded:N0} bytes expanded");
    }

    [Fact]
    public void Xml_problems_name_the_row_and_the_dtd()
    {
        var broken = Assert.Throws<UploadRejectedException>(() => ReadAll(HostileFiles.Xlsx(
            HostileFiles.Row(1, HostileFiles.InlineCell("A1", "Họ và tên")) + "<row r=\"2\"><c r=\"A2\"><v>1</v></row>"), "a.xlsx"));
        Assert.Contains("dòng 2", broken.Message, StringComparison.Ordinal);
        Assert.Equal(2, broken.Line);

        var dtd = Assert.Throws<UploadRejectedException>(() => ReadAll(HostileFiles.BillionLaughs(), "a.xlsx"));
        Assert.Contains("DTD", dtd.Message, StringComparison.Ordinal);

        var shared = Assert.Throws<UploadRejectedException>(() => ReadAll(HostileFiles.BadSharedStringIndex(), "a.xlsx"));
        Assert.Contains("99999", shared.Message, StringComparison.Ordinal);
        Assert.Equal(1, shared.Line);
    }

    [Fact]
    public void Cancellation_stops_reading_between_rows()
    {
        var csv = "Họ và tên,Email\n" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"Người {i},n{i}@x.test\n"));
        var xlsx = HostileFiles.Xlsx(string.Concat(Enumerable.Range(1, 50_000).Select(i => HostileFiles.Row(i, HostileFiles.InlineCell($"A{i}", "x")))));
        foreach (var (bytes, name) in new[] { (System.Text.Encoding.UTF8.GetBytes(csv), "a.csv"), (xlsx, "a.xlsx") })
        {
            using var cancellation = new CancellationTokenSource();
            var read = 0;

            Assert.ThrowsAny<OperationCanceledException>(() =>
            {
                foreach (var _ in UploadTables.Read(new MemoryStream(bytes), name, UploadLimits.Default, cancellation.Token))
                {
                    if (++read == 10)
                    {
                        cancellation.Cancel();
                    }
                }
            });
            Assert.Equal(10, read);
        }
    }

    private static void ReadAll(byte[] content, string fileName)
    {
        foreach (var _ in UploadTables.Read(new MemoryStream(content), fileName, UploadLimits.Default with { MaxRows = 20_000 }))
        {
        }
    }

    private static void ReadQuietly(byte[] content) => ReadAll(content, "warm.xlsx");
}
