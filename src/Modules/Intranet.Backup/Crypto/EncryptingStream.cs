using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Intranet.Backup.Crypto;

/// <summary>
/// Write-only: buffers one chunk of plain text, then writes [length][cipher text][GCM tag] to the output. Memory
/// stays at one chunk whatever the archive's size. <see cref="Complete"/> writes the last chunk, flagged as last.
/// </summary>
internal sealed class EncryptingStream : Stream
{
    private readonly Stream _output;
    private readonly AesGcm _aes;
    private readonly byte[] _header;
    private readonly byte[] _plain;
    private int _filled;
    private long _index;
    private bool _completed;

    public EncryptingStream(Stream output, BackupKey key)
    {
        _output = output;
        var (header, contentKey) = ArchiveHeader.Create(key);
        _header = header.ToBytes();
        _aes = new AesGcm(contentKey, ChunkNonce.TagLength);
        CryptographicOperations.ZeroMemory(contentKey);
        _plain = new byte[header.ChunkSize];
        _output.Write(_header);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !_completed;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        while (buffer.Length > 0)
        {
            if (_filled == _plain.Length)
            {
                // More data follows a full chunk, so that chunk is not the last one.
                WriteChunk(final: false);
            }

            var take = Math.Min(buffer.Length, _plain.Length - _filled);
            buffer[..take].CopyTo(_plain.AsSpan(_filled));
            _filled += take;
            buffer = buffer[take..];
        }
    }

    /// <summary>Writes the last chunk (possibly empty). Without it a reader refuses the archive as cut short.</summary>
    public void Complete()
    {
        if (!_completed)
        {
            WriteChunk(final: true);
            _completed = true;
            _output.Flush();
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _aes.Dispose();
            CryptographicOperations.ZeroMemory(_plain);
        }

        base.Dispose(disposing);
    }

    private void WriteChunk(bool final)
    {
        var cipher = new byte[4 + _filled + ChunkNonce.TagLength];
        BinaryPrimitives.WriteInt32BigEndian(cipher, _filled);
        _aes.Encrypt(ChunkNonce.For(_index, final), _plain.AsSpan(0, _filled), cipher.AsSpan(4, _filled), cipher.AsSpan(4 + _filled), _header);
        _output.Write(cipher);
        _index++;
        _filled = 0;
    }
}
