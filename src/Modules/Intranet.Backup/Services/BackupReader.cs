using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text.Json;
using Intranet.Backup.Crypto;
using Intranet.Backup.Models;

namespace Intranet.Backup.Services;

/// <summary>
/// Reads an archive end to end: decrypts and authenticates every chunk, hashes every entry, and checks the
/// manifest (the last entry) against what was read: same paths, sizes and SHA-256, nothing missing, nothing extra.
/// The caller decides what to do with each file's bytes (discard, check, or write into a restore folder).
/// </summary>
public static class BackupReader
{
    /// <summary>Reads the archive; <paramref name="onFile"/> receives each regular file's relative path and bytes.</summary>
    public static async Task<BackupManifest> ReadAsync(string archivePath, BackupKey key,
        Func<string, Stream, UnixFileMode, CancellationToken, Task> onFile, Action<string, UnixFileMode>? onFolder, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(archivePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var decrypting = new DecryptingStream(file, key);
        var seen = new Dictionary<string, (long Size, string Sha256)>(StringComparer.Ordinal);
        BackupManifest? manifest = null;
        try
        {
            await using var tar = new TarReader(decrypting, leaveOpen: true);
            while (await tar.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
            {
                if (manifest is not null)
                {
                    throw BackupException.Tampered("an entry after the manifest");
                }

                var path = SafePath(entry.Name);
                if (entry.EntryType == TarEntryType.Directory)
                {
                    onFolder?.Invoke(path.TrimEnd('/'), entry.Mode);
                    continue;
                }

                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                {
                    throw BackupException.Tampered($"unexpected entry type {entry.EntryType}");
                }

                if (path == ArchiveKinds.ManifestName)
                {
                    manifest = await ReadManifestAsync(entry, cancellationToken);
                    continue;
                }

                if (!seen.TryAdd(path, default))
                {
                    throw BackupException.Tampered($"{path} twice");
                }

                using var hashing = new HashingStream(entry.DataStream ?? Stream.Null);
                await onFile(path, hashing, entry.Mode, cancellationToken);
                await hashing.DrainAsync(cancellationToken);
                seen[path] = (hashing.Count, hashing.HashHex());
            }

            decrypting.ReadToEnd();
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or EndOfStreamException)
        {
            throw BackupException.Tampered("archive structure", ex);
        }

        if (manifest is null)
        {
            throw BackupException.Tampered("no manifest");
        }

        foreach (var expected in manifest.Entries)
        {
            if (!seen.Remove(expected.Path, out var actual))
            {
                throw BackupException.Tampered($"{expected.Path} missing");
            }

            if (actual.Size != expected.Size || !string.Equals(actual.Sha256, expected.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw BackupException.Tampered($"SHA-256 of {expected.Path}");
            }
        }

        if (seen.Count > 0)
        {
            throw BackupException.Tampered($"{seen.Keys.First()} not in the manifest");
        }

        return manifest;
    }

    /// <summary>A relative path inside App_Data: no root, no "..", no backslash, no empty segment.</summary>
    public static string SafePath(string name)
    {
        var trimmed = name.EndsWith('/') ? name[..^1] : name;
        if (trimmed.Length == 0 || trimmed.StartsWith('/') || trimmed.Contains('\\', StringComparison.Ordinal) || trimmed.Contains('\0', StringComparison.Ordinal)
            || trimmed.Split('/').Any(s => s is "" or "." or ".."))
        {
            throw BackupException.Tampered($"unsafe path '{name}'");
        }

        return name;
    }

    private static async Task<BackupManifest> ReadManifestAsync(TarEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Length > 64 << 20)
        {
            throw BackupException.Tampered("manifest too large");
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<BackupManifest>(entry.DataStream ?? Stream.Null, BackupWriter.Json, cancellationToken)
                ?? throw BackupException.Tampered("empty manifest");
        }
        catch (JsonException ex)
        {
            throw BackupException.Tampered("manifest", ex);
        }
    }
}
