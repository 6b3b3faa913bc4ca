using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Intranet.Backup.Crypto;

/// <summary>
/// Read-only: checks the header and key, then gives back plain text one authenticated chunk at a time. A changed
/// byte, a reordered, dropped or added chunk, or a missing last chunk throws <see cref="BackupException"/>
/// (Tampered) before any of that chunk's bytes are handed out.
/// </summary>
internal sealed class DecryptingStream : Stream
{
    private readonly Stream _input;
    private readonly AesGcm _aes;
    private readonly byte[] _header;
    private readonly byte[] _cipher;
    private readonly byte[] _plain;
    private int _available;
    private int _position;
    private long _index;
    private bool _final;

    public DecryptingStream(Stream input, BackupKey key)
    {
        _input = input;
        var (header, contentKey) = ArchiveHeader.Read(input, key);
        _header = header.ToBytes();
        _aes = new AesGcm(contentKey, ChunkNonce.TagLength);
        CryptographicOperations.ZeroMemory(contentKey);
        _cipher = new byte[header.ChunkSize + ChunkNonce.TagLength];
        _plain = new byte[header.ChunkSize];
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_position == _available)
        {
            if (_final)
            {
                return 0;
            }

            ReadChunk();
        }

        var take = Math.Min(buffer.Length, _available - _position);
        _plain.AsSpan(_position, take).CopyTo(buffer);
        _position += take;
        return take;
    }

    /// <summary>Reads to the end, so that a cut or extended archive is caught even when the content ended early.</summary>
    public void ReadToEnd()
    {
        var sink = new byte[81920];
        while (Read(sink) > 0)
        {
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _aes.Dispose();
            CryptographicOperations.ZeroMemory(_plain);
        }

        base.Dispose(disposing);
    }

    private void ReadChunk()
    {
        Span<byte> prefix = stackalloc byte[4];
        if (_input.ReadAtLeast(prefix, 4, throwOnEndOfStream: false) < 4)
        {
            throw BackupException.Tampered("cut short");
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(prefix);
        if (length < 0 || length > _plain.Length)
        {
            throw BackupException.Tampered($"chunk {_index}");
        }

        var cipher = _cipher.AsSpan(0, length + ChunkNonce.TagLength);
        if (_input.ReadAtLeast(cipher, cipher.Length, throwOnEndOfStream: false) < cipher.Length)
        {
            throw BackupException.Tampered("cut short");
        }

        // The flag is not stored: try "more follow" first, then "last"; only the writer's choice authenticates.
        if (!TryDecrypt(cipher, length, final: false))
        {
            if (!TryDecrypt(cipher, length, final: true))
            {
                throw BackupException.Tampered($"chunk {_index}");
            }

            _final = true;
            if (_input.ReadByte() != -1)
            {
                throw BackupException.Tampered("data after the last chunk");
            }
        }

        _index++;
        _available = length;
        _position = 0;
    }

    private bool TryDecrypt(ReadOnlySpan<byte> cipher, int length, bool final)
    {
        try
        {
            _aes.Decrypt(ChunkNonce.For(_index, final), cipher[..length], cipher[length..], _plain.AsSpan(0, length), _header);
            return true;
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }
    }
}
