namespace Intranet.Core.Uploads;

/// <summary>
/// A read-only view of a stream that counts what is read, lets a check refuse more (by throwing
/// <see cref="UploadRejectedException"/>) and honours the cancellation token on every read, so a parser that loops
/// over it stops when the limit is reached or the request is gone, not when the input ends.
/// </summary>
public sealed class BoundedReadStream : Stream
{
    private readonly Stream _inner;
    private readonly Action<long> _check;
    private readonly CancellationToken _cancellation;
    private readonly bool _leaveOpen;

    /// <param name="check">Called with the total bytes read so far after each read; throws to refuse.</param>
    public BoundedReadStream(Stream inner, Action<long> check, CancellationToken cancellation, bool leaveOpen = false)
    {
        _inner = inner;
        _check = check;
        _cancellation = cancellation;
        _leaveOpen = leaveOpen;
    }

    /// <summary>A stream refused once more than <paramref name="maxBytes"/> bytes are read.</summary>
    public static BoundedReadStream WithLimit(Stream inner, long maxBytes, CancellationToken cancellation, bool leaveOpen = true) =>
        new(inner, read =>
        {
            if (read > maxBytes)
            {
                throw new UploadRejectedException($"Tệp lớn hơn giới hạn {UploadText.Size(maxBytes)}.");
            }
        }, cancellation, leaveOpen);

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        _cancellation.ThrowIfCancellationRequested();
        var read = _inner.Read(buffer);
        Count(read);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _cancellation.ThrowIfCancellationRequested();
        var read = await _inner.ReadAsync(buffer, cancellationToken);
        Count(read);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Count(int read)
    {
        BytesRead += read;
        _check(BytesRead);
    }
}
