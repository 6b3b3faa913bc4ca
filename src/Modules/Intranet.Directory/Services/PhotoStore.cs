using System.Buffers.Binary;
using Intranet.Core.Data;
using Intranet.Core.Tenants;

namespace Intranet.StaffDirectory.Services;

/// <summary>
/// Profile photos in the department's folder (App_Data/Sites/{tenant}/directory/photos), served by the app.
/// A file is accepted only when its bytes are a JPEG, PNG or WebP image of sane dimensions: the declared content
/// type and the file name are ignored. The browser shrinks the picture before upload (wwwroot/directory.js) since no
/// image codec is available to the server; the server enforces the limits.
/// </summary>
public sealed class PhotoStore
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxSide = 2048;
    public const int MinSide = 32;

    private readonly TenantPaths _paths;

    public PhotoStore(TenantPaths paths) => _paths = paths;

    /// <summary>The content type of a valid image, or a Vietnamese reason why it is refused.</summary>
    public static (string? ContentType, string? Error) Inspect(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0)
        {
            return (null, "Chưa chọn ảnh.");
        }

        if (data.Length > MaxBytes)
        {
            return (null, $"Ảnh lớn quá {MaxBytes / 1024 / 1024} MB.");
        }

        var (type, width, height) = Dimensions(data);
        if (type is null)
        {
            return (null, "Tệp không phải ảnh JPEG, PNG hoặc WebP.");
        }

        if (width < MinSide || height < MinSide || width > MaxSide || height > MaxSide)
        {
            return (null, $"Ảnh {width}×{height} điểm ảnh: cần từ {MinSide} đến {MaxSide} điểm ảnh mỗi chiều.");
        }

        return (type, null);
    }

    public async Task SaveAsync(Tenant tenant, int personId, byte[] data, string contentType, CancellationToken ct = default)
    {
        var folder = _paths.EnsureSiteFolder(tenant, "directory", "photos");
        Delete(tenant, personId);
        var path = Path.Combine(folder, FileName(personId, contentType));
        var temp = path + ".tmp";
        await File.WriteAllBytesAsync(temp, data, ct);
        File.Move(temp, path, overwrite: true);
    }

    public async Task<byte[]?> ReadAsync(Tenant tenant, int personId, string contentType, CancellationToken ct = default)
    {
        var path = Path.Combine(_paths.SiteFolder(tenant), "directory", "photos", FileName(personId, contentType));
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, ct) : null;
    }

    public void Delete(Tenant tenant, int personId)
    {
        var folder = Path.Combine(_paths.SiteFolder(tenant), "directory", "photos");
        if (!System.IO.Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in System.IO.Directory.GetFiles(folder, personId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".*"))
        {
            File.Delete(file);
        }
    }

    private static string FileName(int personId, string contentType) =>
        personId.ToString(System.Globalization.CultureInfo.InvariantCulture) + contentType switch
        {
            "image/png" => ".png",
            "image/webp" => ".webp",
            _ => ".jpg",
        };

    /// <summary>Reads the image header: PNG IHDR, WebP VP8/VP8L/VP8X, or a JPEG SOFn marker.</summary>
    internal static (string? Type, int Width, int Height) Dimensions(ReadOnlySpan<byte> d)
    {
        if (d.Length >= 24 && d[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) && d.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return ("image/png", (int)BinaryPrimitives.ReadUInt32BigEndian(d[16..]), (int)BinaryPrimitives.ReadUInt32BigEndian(d[20..]));
        }

        if (d.Length >= 30 && d[..4].SequenceEqual("RIFF"u8) && d.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            var chunk = d.Slice(12, 4);
            if (chunk.SequenceEqual("VP8 "u8))
            {
                return ("image/webp", BinaryPrimitives.ReadUInt16LittleEndian(d[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(d[28..]) & 0x3FFF);
            }

            if (chunk.SequenceEqual("VP8L"u8) && d.Length >= 25)
            {
                var bits = BinaryPrimitives.ReadUInt32LittleEndian(d[21..]);
                return ("image/webp", (int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
            }

            if (chunk.SequenceEqual("VP8X"u8))
            {
                return ("image/webp", (d[24] | d[25] << 8 | d[26] << 16) + 1, (d[27] | d[28] << 8 | d[29] << 16) + 1);
            }

            return (null, 0, 0);
        }

        if (d.Length >= 4 && d[0] == 0xFF && d[1] == 0xD8)
        {
            var i = 2;
            while (i + 9 < d.Length)
            {
                if (d[i] != 0xFF)
                {
                    return (null, 0, 0);
                }

                var marker = d[i + 1];
                if (marker == 0xFF)
                {
                    i++;
                    continue;
                }

                var length = BinaryPrimitives.ReadUInt16BigEndian(d[(i + 2)..]);
                // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
                if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                {
                    return ("image/jpeg", BinaryPrimitives.ReadUInt16BigEndian(d[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(d[(i + 5)..]));
                }

                i += 2 + length;
            }
        }

        return (null, 0, 0);
    }
}
