using System.Security.Cryptography;
using Intranet.Backup.Crypto;

namespace Intranet.Backup.Tests;

/// <summary>The archive's encryption: AES-GCM chunks bound to the header, a numbered and flagged-last chunk sequence.</summary>
public sealed class ArchiveEncryptionTests
{
    private static readonly BackupKey Key = BackupKey.Parse(BackupKey.Generate());

    private static byte[] Encrypt(byte[] plain, BackupKey key)
    {
        using var output = new MemoryStream();
        using (var encrypting = new EncryptingStream(output, key))
        {
            encrypting.Write(plain);
            encrypting.Complete();
        }

        return output.ToArray();
    }

    private static byte[] Decrypt(byte[] archive, BackupKey key)
    {
        using var decrypting = new DecryptingStream(new MemoryStream(archive), key);
        using var plain = new MemoryStream();
        decrypting.CopyTo(plain);
        return plain.ToArray();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(ArchiveHeader.DefaultChunkSize)]
    [InlineData((3 * ArchiveHeader.DefaultChunkSize) + 17)]
    public void Content_of_any_size_comes_back_as_it_was(int size)
    {
        var plain = RandomNumberGenerator.GetBytes(size);

        var archive = Encrypt(plain, Key);

        Assert.True(archive.AsSpan(0, 4).SequenceEqual("IBAK"u8));
        if (size >= 64)
        {
            Assert.Equal(-1, archive.AsSpan().IndexOf(plain.AsSpan(0, 64))); // no clear text in the archive
        }

        Assert.Equal(plain, Decrypt(archive, Key));
    }

    [Fact]
    public void One_changed_byte_anywhere_is_refused_as_tampered()
    {
        var archive = Encrypt(RandomNumberGenerator.GetBytes((2 * ArchiveHeader.DefaultChunkSize) + 100), Key);
        foreach (var position in new[] { ArchiveHeader.Length + 2, ArchiveHeader.Length + 4 + 1000, archive.Length / 2, archive.Length - 1, 12 })
        {
            var copy = (byte[])archive.Clone();
            copy[position] ^= 0x01;

            var error = Assert.Throws<BackupException>(() => Decrypt(copy, Key));
            Assert.True(error.Error is BackupError.Tampered or BackupError.WrongKey, $"byte {position}: {error.Error}");
        }
    }

    [Fact]
    public void An_archive_cut_at_a_chunk_boundary_or_extended_is_refused()
    {
        var archive = Encrypt(RandomNumberGenerator.GetBytes((2 * ArchiveHeader.DefaultChunkSize) + 100), Key);
        var firstChunkEnd = ArchiveHeader.Length + 4 + ArchiveHeader.DefaultChunkSize + 16;

        Assert.Equal(BackupError.Tampered, Assert.Throws<BackupException>(() => Decrypt(archive[..firstChunkEnd], Key)).Error);
        Assert.Equal(BackupError.Tampered, Assert.Throws<BackupException>(() => Decrypt([.. archive, 0], Key)).Error);
    }

    [Fact]
    public void Another_key_is_refused_as_the_wrong_key()
    {
        var archive = Encrypt([1, 2, 3], Key);

        var error = Assert.Throws<BackupException>(() => Decrypt(archive, BackupKey.Parse(BackupKey.Generate())));

        Assert.Equal(BackupError.WrongKey, error.Error);
        Assert.Contains("Sai khóa", error.Message);
        Assert.Contains("Wrong key", error.Message);
    }

    [Fact]
    public void A_passphrase_is_stretched_with_PBKDF2_and_a_random_salt()
    {
        var passphrase = BackupKey.Parse("một cụm mật khẩu đủ dài\n");
        var first = Encrypt([42], passphrase);
        var second = Encrypt([42], passphrase);

        Assert.NotEqual(first[15..47], second[15..47]); // fresh salt per archive
        Assert.Equal((byte)KeyDerivation.Pbkdf2Sha256, first[10]);
        Assert.Equal([42], Decrypt(first, BackupKey.Parse("một cụm mật khẩu đủ dài")));
        Assert.Equal(BackupError.WrongKey, Assert.Throws<BackupException>(() => Decrypt(first, BackupKey.Parse("một cụm mật khẩu khác hẳn"))).Error);
    }

    [Fact]
    public void A_short_passphrase_and_a_file_that_is_not_a_backup_are_refused_clearly()
    {
        Assert.Equal(BackupError.InvalidKey, Assert.Throws<BackupException>(() => BackupKey.Parse("ngắn")).Error);
        Assert.Equal(BackupError.NotABackup, Assert.Throws<BackupException>(() => Decrypt("PK\u0003\u0004 not a backup"u8.ToArray(), Key)).Error);
    }
}
