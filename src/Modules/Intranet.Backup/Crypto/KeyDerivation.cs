namespace Intranet.Backup.Crypto;

/// <summary>How the archive's master key comes from the operator's key (one byte in the header).</summary>
public enum KeyDerivation : byte
{
    Raw = 0,
    Pbkdf2Sha256 = 1,
}
