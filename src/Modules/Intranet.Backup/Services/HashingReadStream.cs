using System.Security.Cryptography;

namespace Intranet.Backup.Services;

/// <summary>
/// Reads a file exactly as long as it was when opened, hashing what it hands out: the SHA-256 in the manifest is
/// that of the bytes archived, even if the file grows meanwhile. A file that shrank fails the backup.
/// </summary>
internal sealed class HashingReadStream : Stream
{
    private readonly Stream _inner;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly long _length;
    private long _read;

    public HashingReadStream(Stream inner)
    {
        _inner = inner;
        _length = inner.Length;
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => _length;

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public bool Complete => _read == _length;

    public string HashHex() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var want = (int)Math.Min(buffer.Length, _length - _read);
        if (want == 0)
        {
            return 0;
        }

        var got = _inner.Read(buffer[..want]);
        _hash.AppendData(buffer[..got]);
        _read += got;
        return got;
    }

    public override long Seek(long offset, SeekOrigin origin) =>
        origin == SeekOrigin.Current && offset == 0 ? _read : throw new NotSupportedException();

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
