using System.Text.RegularExpressions;
using Intranet.Core.Data;
using Intranet.Core.Tenants;

namespace Intranet.Hr.Services.Records;

/// <summary>
/// Decision scans in the department's folder (App_Data/Sites/{tenant}/hr/scans/{id}.{ext}), like the directory's
/// photos. Only PDF, JPEG and PNG are kept, recognised by their bytes (the name and declared type are ignored);
/// files are named by a random id, never by what the user sent, and served only to readers of the row's group.
/// </summary>
public sealed partial class ScanStore
{
    public const int MaxBytes = 10 * 1024 * 1024;

    private readonly TenantPaths _paths;

    public ScanStore(TenantPaths paths) => _paths = paths;

    /// <summary>The content type of an acceptable scan, or a Vietnamese reason why it is refused.</summary>
    public static (string? ContentType, string? Error) Inspect(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0)
        {
            return (null, "Tệp bản quét rỗng.");
        }

        if (data.Length > MaxBytes)
        {
            return (null, $"Bản quét lớn quá {MaxBytes / 1024 / 1024} MB.");
        }

        if (data.StartsWith("%PDF-"u8))
        {
            return ("application/pdf", null);
        }

        if (data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        {
            return ("image/jpeg", null);
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ("image/png", null);
        }

        return (null, "Bản quét phải là tệp PDF, JPEG hoặc PNG.");
    }

    /// <summary>Saves an inspected scan and returns its id ("{guid}.{ext}").</summary>
    public async Task<string> SaveAsync(Tenant tenant, byte[] data, string contentType, CancellationToken ct = default)
    {
        var id = Guid.NewGuid().ToString("N") + Extension(contentType);
        var folder = _paths.EnsureSiteFolder(tenant, "hr", "scans");
        var path = Path.Combine(folder, id);
        var temp = path + ".tmp";
        await File.WriteAllBytesAsync(temp, data, ct);
        File.Move(temp, path, overwrite: true);
        return id;
    }

    /// <summary>The scan's bytes and type, or null when the id is malformed or the file gone.</summary>
    public async Task<(byte[] Data, string ContentType)?> ReadAsync(Tenant tenant, string? scanId, CancellationToken ct = default)
    {
        if (scanId is null || !IdPattern().IsMatch(scanId))
        {
            return null;
        }

        var path = Path.Combine(_paths.SiteFolder(tenant), "hr", "scans", scanId);
        if (!File.Exists(path))
        {
            return null;
        }

        var data = await File.ReadAllBytesAsync(path, ct);
        return Inspect(data) is { ContentType: { } type } ? (data, type) : null;
    }

    public void Delete(Tenant tenant, string? scanId)
    {
        if (scanId is not null && IdPattern().IsMatch(scanId))
        {
            File.Delete(Path.Combine(_paths.SiteFolder(tenant), "hr", "scans", scanId));
        }
    }

    /// <summary>A name for the download: the user's name without path or odd characters, with the right extension.</summary>
    public static string DownloadName(string? fileName, string contentType)
    {
        var name = Path.GetFileNameWithoutExtension(fileName ?? "");
        name = new string([.. name.Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ' or '.')]).Trim();
        return (name.Length == 0 ? "ban-quet" : name.Length > 80 ? name[..80] : name) + Extension(contentType);
    }

    private static string Extension(string contentType) => contentType switch
    {
        "application/pdf" => ".pdf",
        "image/png" => ".png",
        _ => ".jpg",
    };

    [GeneratedRegex("^[0-9a-f]{32}\\.(pdf|png|jpg)$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
