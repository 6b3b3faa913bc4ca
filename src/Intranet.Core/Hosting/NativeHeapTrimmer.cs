using System.Runtime.InteropServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Intranet.Core.Hosting;

/// <summary>
/// After each full (gen2) collection, asks glibc to give the free pages inside its malloc arenas back to the kernel
/// (<c>malloc_trim(0)</c>). Native allocations here are SQLite's page caches and statements and OpenSSL's buffers; a
/// full collection finalizes the connections and handles that held them, but glibc keeps the freed pages of a non-main
/// arena mapped, so RSS only ever grows with the peak concurrency. Polls the gen2 count every
/// <see cref="Interval"/> instead of hooking the finalizer thread: a trim walks every arena under its lock and must not
/// delay finalizers. <c>Intranet:Memory:TrimNativeHeap=false</c> turns it off (the soak measured it both ways).
/// </summary>
public sealed class NativeHeapTrimmer : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    private readonly bool _enabled;

    public NativeHeapTrimmer(IConfiguration configuration) =>
        _enabled = configuration.GetValue("Intranet:Memory:TrimNativeHeap", true) && OperatingSystem.IsLinux();

    /// <summary>Trims now; false where there is nothing to call (not glibc). glibc's own answer (whether any memory went back) is not needed.</summary>
    public static bool Trim()
    {
        try
        {
            _ = NativeMethods.malloc_trim(0);
            return true;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // musl has no malloc_trim
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_enabled)
        {
            return;
        }

        var lastGen2 = GC.CollectionCount(2);
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var gen2 = GC.CollectionCount(2);
                if (gen2 != lastGen2 && !Trim())
                {
                    return; // not glibc: nothing to trim, ever
                }

                lastGen2 = gen2;
            }
        }
        catch (OperationCanceledException)
        {
            // the host is stopping
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // as in MallocArenas: LibraryImport would need AllowUnsafeBlocks for the whole assembly.
        internal static extern int malloc_trim(nuint pad);
#pragma warning restore SYSLIB1054
    }
}
