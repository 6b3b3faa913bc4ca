using System.Runtime.InteropServices;

namespace Intranet.Core.Hosting;

/// <summary>
/// Caps glibc's malloc arenas at <see cref="Limit"/>, what <c>MALLOC_ARENA_MAX=2</c> does, but for every way the host is
/// started. glibc gives threads that allocate natively (SQLite's page caches and statements, OpenSSL) their own arenas,
/// up to eight per core, and an arena keeps its freed pages: in a 6-minute soak the server had 14 arenas
/// holding 48 MB (16 MB at minute 1), growing as the thread pool grew, while the managed heap stayed flat. Must run first in <c>Main</c>:
/// glibc applies the cap to arenas created afterwards, and takes it only before it has created more than eight.
/// </summary>
public static class MallocArenas
{
    public const int Limit = 2;

    // M_ARENA_MAX in glibc's malloc.h.
    private const int ArenaMaxOption = -8;

    /// <summary>Applies the cap on glibc Linux; false when it did not (another OS, musl, or the operator set MALLOC_ARENA_MAX, which wins).</summary>
    public static bool Apply()
    {
        if (!OperatingSystem.IsLinux() || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX")))
        {
            return false;
        }

        try
        {
            return NativeMethods.mallopt(ArenaMaxOption, Limit) == 1;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // musl (Alpine) has no mallopt arenas
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport needs AllowUnsafeBlocks for the whole assembly; one blittable call does not justify it.
        internal static extern int mallopt(int param, int value);
#pragma warning restore SYSLIB1054
    }
}
