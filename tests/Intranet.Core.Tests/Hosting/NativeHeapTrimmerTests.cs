using System.Runtime.InteropServices;
using Intranet.Core.Hosting;

namespace Intranet.Core.Tests.Hosting;

/// <summary>
/// Native memory freed by SQLite and OpenSSL stays mapped inside glibc's arenas when live blocks sit between the free
/// ones; the host trims after full collections so the freed pages go back to the kernel.
/// </summary>
public sealed class NativeHeapTrimmerTests
{
    [Fact]
    public void Freed_native_memory_between_live_blocks_goes_back_to_the_kernel_when_trimmed()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // 80 MB in 2 KB blocks (below malloc's mmap threshold, so they come from an arena), on a thread of its own like
        // a request's; then nine blocks in ten are freed: the one left alive in every 20 KB keeps glibc from shrinking the heap.
        const int count = 40_000;
        var blocks = new IntPtr[count];
        var ones = Enumerable.Repeat((byte)1, 2048).ToArray();
        var thread = new Thread(() =>
        {
            for (var i = 0; i < count; i++)
            {
                blocks[i] = Marshal.AllocHGlobal(2048);
                Marshal.Copy(ones, 0, blocks[i], ones.Length); // touched, so resident
            }

            for (var i = 0; i < count; i++)
            {
                if (i % 10 != 0)
                {
                    Marshal.FreeHGlobal(blocks[i]);
                }
            }
        });
        thread.Start();
        thread.Join();

        try
        {
            var before = RssAnonMb();
            Assert.True(NativeHeapTrimmer.Trim(), "malloc_trim is missing");
            var after = RssAnonMb();

            // ~72 MB were freed in runs of 18 KB: whole pages inside them are released; allow for the rest of the process.
            Assert.True(before - after >= 30, $"RssAnon {before:0} → {after:0} MB after the trim");
        }
        finally
        {
            for (var i = 0; i < count; i += 10)
            {
                Marshal.FreeHGlobal(blocks[i]);
            }
        }
    }

    private static double RssAnonMb() =>
        File.ReadLines("/proc/self/status").Where(l => l.StartsWith("RssAnon:", StringComparison.Ordinal))
            .Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024)
            .Single();
}
