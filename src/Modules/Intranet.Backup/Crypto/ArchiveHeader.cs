using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Intranet.Backup.Crypto;

/// <summary>
/// The archive's clear-text header: magic, format version, how the key is derived (PBKDF2 iterations and a random
/// salt), the chunk size and a key check. Every chunk authenticates the whole header as associated data, so a
/// changed header fails like a changed chunk.
/// </summary>
public sealed class ArchiveHeader
{
    public const ushort CurrentVersion = 1;

    /// <summary>"IBAK" and the PNG trick: a CR LF and a ^Z show a file mangled by a text transfer.</summary>
    public static ReadOnlySpan<byte> Magic => "IBAK\r\n\u001a\n"u8;

    public const int SaltLength = 32;
    public const int KeyCheckLength = 16;
    public const int Length = 8 + 2 + 1 + 4 + SaltLength + 4 + KeyCheckLength;
    public const int DefaultChunkSize = 1 << 20;
    private const int MaxChunkSize = 16 << 20;
    private const int MaxIterations = 10_000_000;

    private ArchiveHeader(ushort version, KeyDerivation kdf, int iterations, byte[] salt, int chunkSize, byte[] keyCheck)
    {
        Version = version;
        Kdf = kdf;
        Iterations = iterations;
        Salt = salt;
        ChunkSize = chunkSize;
        KeyCheck = keyCheck;
    }

    public ushort Version { get; }

    public KeyDerivation Kdf { get; }

    public int Iterations { get; }

    public byte[] Salt { get; }

    public int ChunkSize { get; }

    public byte[] KeyCheck { get; private set; }

    /// <summary>A new header for <paramref name="key"/> with a fresh salt; returns the chunk-encryption key too.</summary>
    internal static (ArchiveHeader Header, byte[] ContentKey) Create(BackupKey key, int chunkSize = DefaultChunkSize)
    {
        var header = new ArchiveHeader(CurrentVersion, key.IsRaw ? KeyDerivation.Raw : KeyDerivation.Pbkdf2Sha256,
            key.IsRaw ? 0 : BackupKey.Pbkdf2Iterations, RandomNumberGenerator.GetBytes(SaltLength), chunkSize, new byte[KeyCheckLength]);
        var (contentKey, check) = header.Derive(key);
        header.KeyCheck = check;
        return (header, contentKey);
    }

    /// <summary>Reads and checks the header, then the key; returns the chunk-encryption key.</summary>
    internal static (ArchiveHeader Header, byte[] ContentKey) Read(Stream input, BackupKey key)
    {
        var bytes = new byte[Length];
        var read = input.ReadAtLeast(bytes, Length, throwOnEndOfStream: false);
        if (read < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new BackupException(BackupError.NotABackup, "Đây không phải tệp sao lưu của Intranet.", "This is not an Intranet backup file.");
        }

        var version = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(8));
        if (version != CurrentVersion)
        {
            throw new BackupException(BackupError.UnsupportedVersion,
                $"Tệp sao lưu có định dạng phiên bản {version}, phiên bản này chỉ đọc được định dạng {CurrentVersion}.",
                $"The backup uses format version {version}; this build reads format {CurrentVersion} only.");
        }

        if (read < Length)
        {
            throw BackupException.Tampered("header");
        }

        var kdf = (KeyDerivation)bytes[10];
        var iterations = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(11));
        var chunkSize = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(15 + SaltLength));
        if (kdf is not (KeyDerivation.Raw or KeyDerivation.Pbkdf2Sha256) || chunkSize is < 1 or > MaxChunkSize
            || (kdf == KeyDerivation.Pbkdf2Sha256 && iterations is < 100_000 or > MaxIterations))
        {
            throw BackupException.Tampered("header");
        }

        var header = new ArchiveHeader(version, kdf, iterations, bytes[15..(15 + SaltLength)], chunkSize, bytes[(Length - KeyCheckLength)..]);
        var (contentKey, check) = header.Derive(key);
        if (!CryptographicOperations.FixedTimeEquals(check, header.KeyCheck))
        {
            throw new BackupException(BackupError.WrongKey, "Sai khóa: khóa này không mở được tệp sao lưu.", "Wrong key: this key does not open the backup.");
        }

        return (header, contentKey);
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[Length];
        Magic.CopyTo(bytes);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(8), Version);
        bytes[10] = (byte)Kdf;
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(11), Iterations);
        Salt.CopyTo(bytes, 15);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(15 + SaltLength), ChunkSize);
        KeyCheck.CopyTo(bytes, Length - KeyCheckLength);
        return bytes;
    }

    /// <summary>Two keys from the master by HKDF with the archive's salt: a fresh content key per archive, so a
    /// raw key reused for years never repeats a (key, nonce) pair.</summary>
    private (byte[] ContentKey, byte[] KeyCheck) Derive(BackupKey key)
    {
        var master = key.Master(this);
        var contentKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, Salt, Encoding.ASCII.GetBytes("intranet-backup/v1/content"));
        var check = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, KeyCheckLength, Salt, Encoding.ASCII.GetBytes("intranet-backup/v1/key-check"));
        if (!key.IsRaw)
        {
            CryptographicOperations.ZeroMemory(master);
        }

        return (contentKey, check);
    }
}
