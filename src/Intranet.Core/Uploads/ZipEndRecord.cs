using System.Buffers.Binary;

namespace Intranet.Core.Uploads;

/// <summary>
/// Reads the entry count from a zip's end-of-central-directory record before the archive is opened, so a package
/// claiming millions of entries is refused before any entry object is built.
/// </summary>
internal static class ZipEndRecord
{
    private const int FixedSize = 22;
    private const int MaxComment = ushort.MaxValue;

    /// <summary>The declared entry count (<see cref="ushort.MaxValue"/> for zip64 or more), or null when there is no end record.</summary>
    public static int? EntryCount(Stream stream)
    {
        var length = stream.Length;
        if (length < FixedSize)
        {
            return null;
        }

        var size = (int)Math.Min(length, FixedSize + MaxComment);
        var tail = new byte[size];
        stream.Position = length - size;
        stream.ReadExactly(tail);
        stream.Position = 0;
        for (var i = size - FixedSize; i >= 0; i--)
        {
            if (tail[i] == 0x50 && tail[i + 1] == 0x4B && tail[i + 2] == 0x05 && tail[i + 3] == 0x06)
            {
                return BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(i + 10, 2));
            }
        }

        return null;
    }
}
