using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Intranet.Learning.Models;

namespace Intranet.Learning.Services.Catalogue;

/// <summary>
/// Video (MP4/WebM) and document (PDF) lessons on disk under the host's site folder (<c>learning/lessons/</c>), named
/// by a random id, never by the uploaded name. The first bytes must be what the extension claims.
/// </summary>
public sealed class LessonFiles
{
    public const long MaxVideoBytes = 500L * 1024 * 1024;
    public const long MaxDocumentBytes = 50L * 1024 * 1024;

    private readonly TenantPaths _paths;
    private readonly IHostTenantProvider _host;

    public LessonFiles(TenantPaths paths, IHostTenantProvider host)
    {
        _paths = paths;
        _host = host;
    }

    /// <summary>The lesson kind and content type for an upload, or a 415/413 <see cref="LearningException"/>.</summary>
    public async Task<(LessonKind Kind, string RelativePath, string ContentType)> SaveAsync(Stream content, string fileName, long length, CancellationToken ct)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var (kind, contentType) = extension switch
        {
            ".mp4" => (LessonKind.Video, "video/mp4"),
            ".webm" => (LessonKind.Video, "video/webm"),
            ".pdf" => (LessonKind.Document, "application/pdf"),
            _ => throw new LearningException(415, "Chỉ nhận tệp video MP4, WebM hoặc tài liệu PDF.", "file"),
        };
        var limit = kind == LessonKind.Video ? MaxVideoBytes : MaxDocumentBytes;
        if (length > limit)
        {
            throw new LearningException(413, $"Tệp quá lớn (tối đa {limit / 1024 / 1024} MB).", "file");
        }

        var folder = _paths.EnsureSiteFolder(_host.Host, "learning", "lessons");
        var name = Guid.NewGuid().ToString("N") + extension;
        var path = Path.Combine(folder, name);
        var header = new byte[16];
        var read = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        if (!Matches(extension, header.AsSpan(0, read)))
        {
            throw new LearningException(415, "Nội dung tệp không đúng định dạng " + extension.TrimStart('.').ToUpperInvariant() + ".", "file");
        }

        try
        {
            await using (var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await output.WriteAsync(header.AsMemory(0, read), ct);
                var buffer = new byte[81920];
                long total = read;
                int n;
                while ((n = await content.ReadAsync(buffer, ct)) > 0)
                {
                    total += n;
                    if (total > limit)
                    {
                        throw new LearningException(413, $"Tệp quá lớn (tối đa {limit / 1024 / 1024} MB).", "file");
                    }

                    await output.WriteAsync(buffer.AsMemory(0, n), ct);
                }
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        return (kind, "lessons/" + name, contentType);
    }

    /// <summary>The full path of a stored lesson file, or null when it is missing or the stored path is not ours.</summary>
    public string? FullPath(string? relativePath)
    {
        if (string.IsNullOrEmpty(relativePath))
        {
            return null;
        }

        var root = Path.GetFullPath(Path.Combine(_paths.SiteFolder(_host.Host), "learning"));
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    public void Delete(string? relativePath)
    {
        if (FullPath(relativePath) is { } full)
        {
            File.Delete(full);
        }
    }

    private static bool Matches(string extension, ReadOnlySpan<byte> head) => extension switch
    {
        // ISO base media: a box size then "ftyp".
        ".mp4" => head.Length >= 8 && head[4] == (byte)'f' && head[5] == (byte)'t' && head[6] == (byte)'y' && head[7] == (byte)'p',
        ".webm" => head.Length >= 4 && head[0] == 0x1A && head[1] == 0x45 && head[2] == 0xDF && head[3] == 0xA3,
        ".pdf" => head.Length >= 5 && head[..5].SequenceEqual("%PDF-"u8),
        _ => false,
    };
}
