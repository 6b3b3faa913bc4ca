using Intranet.Core.Uploads;

namespace Intranet.Learning.Services.Certs;

/// <summary>
/// The scan of an external certificate: PDF, JPEG or PNG, known by its first bytes (never by the name or the type
/// the browser claims), read through Core's bounded reader within the installation's upload size limit.
/// </summary>
internal static class ScanFiles
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static async Task<(byte[] Bytes, string ContentType, string Extension)> ReadAsync(Stream upload, UploadLimits limits, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await using (var bounded = BoundedReadStream.WithLimit(upload, limits.MaxBytes, ct))
        {
            await bounded.CopyToAsync(buffer, ct);
        }

        var bytes = buffer.ToArray();
        if (bytes.Length == 0)
        {
            throw new UploadRejectedException("Tệp bản quét rỗng.");
        }

        var span = bytes.AsSpan();
        if (span.StartsWith("%PDF-"u8))
        {
            return (bytes, "application/pdf", ".pdf");
        }

        if (span.StartsWith(Jpeg))
        {
            return (bytes, "image/jpeg", ".jpg");
        }

        if (span.StartsWith(Png))
        {
            return (bytes, "image/png", ".png");
        }

        throw new UploadRejectedException("Bản quét phải là tệp PDF, JPEG hoặc PNG.");
    }
}
