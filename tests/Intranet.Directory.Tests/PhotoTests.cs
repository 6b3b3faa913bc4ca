using System.Buffers.Binary;
using Intranet.StaffDirectory.Services;

namespace Intranet.StaffDirectory.Tests;

/// <summary>Only real images of sane size are accepted as profile photos, whatever the upload claims.</summary>
public sealed class PhotoTests
{
    [Fact]
    public void A_png_and_a_jpeg_are_recognised_by_their_bytes_with_their_size()
    {
        Assert.Equal(("image/png", 400, 300), PhotoStore.Dimensions(Png(400, 300)));
        Assert.Equal(("image/jpeg", 640, 480), PhotoStore.Dimensions(Jpeg(640, 480)));
        Assert.Equal(("image/png", (string?)null), PhotoStore.Inspect(Png(400, 300)));
    }

    [Fact]
    public void Other_files_and_extreme_sizes_are_refused_with_a_reason()
    {
        var (type, error) = PhotoStore.Inspect("<svg onload=alert(1)>"u8.ToArray());
        Assert.Null(type);
        Assert.Contains("JPEG, PNG", error, StringComparison.Ordinal);

        Assert.Contains("8000×10", PhotoStore.Inspect(Png(8000, 10)).Error, StringComparison.Ordinal);
        Assert.Contains("MB", PhotoStore.Inspect(new byte[PhotoStore.MaxBytes + 1]).Error, StringComparison.Ordinal);
        Assert.Equal("Chưa chọn ảnh.", PhotoStore.Inspect([]).Error);
    }

    private static byte[] Png(int width, int height)
    {
        var data = new byte[33];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(data, 0);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), 13);
        "IHDR"u8.CopyTo(data.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(16), (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(20), (uint)height);
        return data;
    }

    private static byte[] Jpeg(int width, int height)
    {
        // SOI, an APP0 segment of 16 bytes, then SOF0 with precision, height, width.
        var data = new List<byte> { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 };
        data.AddRange(new byte[14]);
        data.AddRange([0xFF, 0xC0, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x03]);
        data.AddRange(new byte[16]);
        return [.. data];
    }
}
