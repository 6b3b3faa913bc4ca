using System.IO.Compression;

namespace Intranet.Core.Uploads;

/// <summary>
/// A zip package opened with limits: entry count (checked before the directory is read), entry names (no absolute
/// paths, no "..", no control characters, no duplicates), and per-entry and total uncompressed size and expansion
/// ratio, each checked from the declared sizes and again while the entry is read. Used for .xlsx now and SCORM
/// packages later. Every failure is an <see cref="UploadRejectedException"/>.
/// </summary>
public sealed class SafeZipArchive : IDisposable
{
    private readonly ZipArchive _archive;
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly UploadLimits _limits;
    private readonly CancellationToken _cancellation;
    private readonly Dictionary<string, SafeZipEntry> _byName;
    private long _totalRead;

    private SafeZipArchive(ZipArchive archive, Stream stream, bool ownsStream, UploadLimits limits, List<SafeZipEntry> entries, CancellationToken cancellation)
    {
        _archive = archive;
        _stream = stream;
        _ownsStream = ownsStream;
        _limits = limits;
        _cancellation = cancellation;
        Entries = entries;
        _byName = entries.ToDictionary(e => e.FullName, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The files of the package (folders left out), in directory order.</summary>
    public IReadOnlyList<SafeZipEntry> Entries { get; }

    /// <summary>Opens <paramref name="stream"/> as a zip package; a stream that cannot seek is first copied, within <see cref="UploadLimits.MaxBytes"/>.</summary>
    public static SafeZipArchive Open(Stream stream, UploadLimits limits, CancellationToken cancellation = default)
    {
        var owns = false;
        if (!stream.CanSeek)
        {
            stream = CopyBounded(stream, limits, cancellation);
            owns = true;
        }

        try
        {
            return OpenSeekable(stream, owns, limits, cancellation);
        }
        catch
        {
            if (owns)
            {
                stream.Dispose();
            }

            throw;
        }
    }

    /// <summary>The entry with this name (case-insensitive, as OPC part names are), or null.</summary>
    public SafeZipEntry? Find(string name) => _byName.GetValueOrDefault(name.TrimStart('/'));

    /// <summary>Reads the entry, refused as soon as it passes its declared size, the size limits or the expansion ratio.</summary>
    public Stream OpenRead(SafeZipEntry entry)
    {
        _cancellation.ThrowIfCancellationRequested();
        Stream raw;
        try
        {
            raw = entry.Entry.Open();
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or IOException)
        {
            throw new UploadRejectedException($"Không đọc được mục '{ZipEntryNames.Printable(entry.FullName)}' trong gói nén: {ex.Message}", inner: ex);
        }

        long counted = 0;
        return new BoundedReadStream(raw, read =>
        {
            _totalRead += read - counted;
            counted = read;
            CheckSize(entry.FullName, read, entry.Length, entry.CompressedLength, _totalRead, _limits);
        }, _cancellation);
    }

    public void Dispose()
    {
        _archive.Dispose();
        if (_ownsStream)
        {
            _stream.Dispose();
        }
    }

    private static SafeZipArchive OpenSeekable(Stream stream, bool owns, UploadLimits limits, CancellationToken cancellation)
    {
        if (stream.Length == 0)
        {
            throw new UploadRejectedException("Tệp trống.");
        }

        if (stream.Length > limits.MaxBytes)
        {
            throw new UploadRejectedException($"Tệp lớn hơn giới hạn {UploadText.Size(limits.MaxBytes)}.");
        }

        var declared = ZipEndRecord.EntryCount(stream)
            ?? throw new UploadRejectedException("Tệp không phải gói nén zip hợp lệ (tệp .xlsx là một gói zip): không có mục lục của gói.");
        if (declared > limits.MaxZipEntries)
        {
            throw new UploadRejectedException($"Gói nén có {UploadText.Number(declared)} mục, nhiều hơn giới hạn {UploadText.Number(limits.MaxZipEntries)}.");
        }

        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            throw new UploadRejectedException("Tệp không phải gói nén zip hợp lệ (tệp .xlsx là một gói zip).", inner: ex);
        }

        try
        {
            return new SafeZipArchive(archive, stream, owns, limits, CheckedEntries(archive, limits, cancellation), cancellation);
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    private static List<SafeZipEntry> CheckedEntries(ZipArchive archive, UploadLimits limits, CancellationToken cancellation)
    {
        System.Collections.ObjectModel.ReadOnlyCollection<ZipArchiveEntry> all;
        try
        {
            all = archive.Entries;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException)
        {
            throw new UploadRejectedException("Mục lục của gói nén zip bị hỏng.", inner: ex);
        }

        if (all.Count > limits.MaxZipEntries)
        {
            throw new UploadRejectedException($"Gói nén có {UploadText.Number(all.Count)} mục, nhiều hơn giới hạn {UploadText.Number(limits.MaxZipEntries)}.");
        }

        var entries = new List<SafeZipEntry>(all.Count);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long total = 0;
        foreach (var entry in all)
        {
            cancellation.ThrowIfCancellationRequested();
            if (ZipEntryNames.Problem(entry.FullName) is { } problem)
            {
                throw new UploadRejectedException($"Gói nén có mục '{ZipEntryNames.Printable(entry.FullName)}' không được phép: {problem}.");
            }

            if (!names.Add(entry.FullName))
            {
                throw new UploadRejectedException($"Gói nén có hai mục cùng tên '{ZipEntryNames.Printable(entry.FullName)}'.");
            }

            if (entry.FullName.EndsWith('/'))
            {
                continue; // a folder
            }

            total += entry.Length;
            CheckSize(entry.FullName, entry.Length, entry.Length, entry.CompressedLength, total, limits);
            entries.Add(new SafeZipEntry(entry));
        }

        return entries;
    }

    private static void CheckSize(string name, long read, long declared, long compressed, long total, UploadLimits limits)
    {
        var shown = ZipEntryNames.Printable(name);
        if (read > limits.MaxEntryBytes)
        {
            throw new UploadRejectedException($"Mục '{shown}' khi giải nén lớn hơn giới hạn {UploadText.Size(limits.MaxEntryBytes)}.");
        }

        if (total > limits.MaxTotalUncompressedBytes)
        {
            throw new UploadRejectedException($"Gói nén khi giải nén lớn hơn giới hạn {UploadText.Size(limits.MaxTotalUncompressedBytes)}.");
        }

        if (read > limits.RatioFloorBytes && read > Math.Max(compressed, 1) * limits.MaxCompressionRatio)
        {
            throw new UploadRejectedException($"Mục '{shown}' nén với tỉ lệ bất thường (hơn {limits.MaxCompressionRatio} lần): có thể là bom nén (zip bomb).");
        }

        if (read > declared)
        {
            throw new UploadRejectedException($"Mục '{shown}' lớn hơn kích thước khai báo trong mục lục của gói nén.");
        }
    }

    private static MemoryStream CopyBounded(Stream source, UploadLimits limits, CancellationToken cancellation)
    {
        var copy = new MemoryStream();
        BoundedReadStream.WithLimit(source, limits.MaxBytes, cancellation).CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
