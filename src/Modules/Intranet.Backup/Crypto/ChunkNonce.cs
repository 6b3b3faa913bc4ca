using System.Buffers.Binary;

namespace Intranet.Backup.Crypto;

/// <summary>
/// A chunk's 96-bit GCM nonce: its index (so chunks cannot be reordered or dropped) and a last-chunk flag (so the
/// archive cannot be cut short at a chunk boundary).
/// </summary>
internal static class ChunkNonce
{
    public const int TagLength = 16;

    public static byte[] For(long index, bool final)
    {
        var nonce = new byte[12];
        BinaryPrimitives.WriteInt64BigEndian(nonce, index);
        nonce[11] = final ? (byte)1 : (byte)0;
        return nonce;
    }
}
