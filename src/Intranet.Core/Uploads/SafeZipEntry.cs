using System.IO.Compression;

namespace Intranet.Core.Uploads;

/// <summary>A file in a <see cref="SafeZipArchive"/>: its checked name and the sizes its directory declares.</summary>
public sealed class SafeZipEntry
{
    internal SafeZipEntry(ZipArchiveEntry entry)
    {
        Entry = entry;
        FullName = entry.FullName;
        Length = entry.Length;
        CompressedLength = entry.CompressedLength;
    }

    /// <summary>The name inside the package, with forward slashes, never absolute and never with a ".." segment.</summary>
    public string FullName { get; }

    /// <summary>Uncompressed size as declared (reading more than this is refused).</summary>
    public long Length { get; }

    public long CompressedLength { get; }

    internal ZipArchiveEntry Entry { get; }
}
