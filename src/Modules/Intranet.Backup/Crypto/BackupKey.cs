using System.Security.Cryptography;
using System.Text;

namespace Intranet.Backup.Crypto;

/// <summary>
/// The operator's key: either a raw 256-bit key written in base64 (44 characters), or a passphrase that PBKDF2
/// stretches with the archive's random salt. Text from a file or environment variable is trimmed of its line end.
/// </summary>
public sealed class BackupKey
{
    /// <summary>OWASP's 2023 figure for PBKDF2-HMAC-SHA256: slow enough to make guessing a passphrase expensive.</summary>
    public const int Pbkdf2Iterations = 600_000;

    public const int MinimumPassphraseLength = 12;

    private readonly byte[]? _raw;
    private readonly string? _passphrase;

    private BackupKey(byte[]? raw, string? passphrase)
    {
        _raw = raw;
        _passphrase = passphrase;
    }

    public bool IsRaw => _raw is not null;

    public static BackupKey Parse(string text)
    {
        var value = text.TrimEnd('\r', '\n', ' ', '\t').TrimStart();
        if (value.Length == 44 && TryBase64(value) is { Length: 32 } raw)
        {
            return new BackupKey(raw, null);
        }

        if (value.Length < MinimumPassphraseLength)
        {
            throw new BackupException(BackupError.InvalidKey,
                $"Khóa sao lưu phải là khóa 32 byte dạng base64 hoặc cụm mật khẩu dài ít nhất {MinimumPassphraseLength} ký tự.",
                $"The backup key must be a base64 32-byte key or a passphrase of at least {MinimumPassphraseLength} characters.");
        }

        return new BackupKey(null, value);
    }

    /// <summary>A new random raw key in base64, for operators who prefer a key file to a passphrase.</summary>
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    internal byte[] Master(ArchiveHeader header)
    {
        if (header.Kdf == KeyDerivation.Raw)
        {
            if (_raw is null)
            {
                throw WrongKind("a raw key", "khóa 32 byte");
            }

            return _raw;
        }

        if (_passphrase is null)
        {
            throw WrongKind("a passphrase", "cụm mật khẩu");
        }

        return Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(_passphrase), header.Salt, header.Iterations, HashAlgorithmName.SHA256, 32);
    }

    private static BackupException WrongKind(string english, string vietnamese) =>
        new(BackupError.WrongKey, $"Sai khóa: tệp sao lưu này được mã hóa bằng {vietnamese}.", $"Wrong key: this backup was encrypted with {english}.");

    private static byte[]? TryBase64(string value)
    {
        var buffer = new byte[33];
        return Convert.TryFromBase64String(value, buffer, out var written) ? buffer[..written] : null;
    }
}
