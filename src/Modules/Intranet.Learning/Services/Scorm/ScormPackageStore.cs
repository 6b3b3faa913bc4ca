using Intranet.Core.Data;
using Intranet.Core.Uploads;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Scorm;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Learning.Services.Scorm;

/// <summary>
/// Adds an uploaded package as a lesson: the zip is opened with <see cref="SafeZipArchive"/> (entry count, names,
/// sizes and expansion checked while reading), the manifest must be at the root and name a launch file that exists,
/// every file must be of an allowed type, and only then is it extracted (each path re-checked under its folder) and
/// the package and lesson rows written. Any failure removes the folder, so a refused upload leaves nothing behind.
/// </summary>
public sealed class ScormPackageStore
{
    /// <summary>Files that zip tools add and a package never needs; skipped rather than refused.</summary>
    private static readonly string[] Junk = ["__MACOSX/", ".DS_Store", "Thumbs.db", "desktop.ini"];

    private readonly LearningDbContext _db;
    private readonly ScormOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<ScormPackageStore> _logger;

    public ScormPackageStore(LearningDbContext db, TenantPaths paths, IOptions<ScormOptions> options, TimeProvider clock, ILogger<ScormPackageStore> logger)
    {
        _db = db;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        Root = Path.Combine(paths.AppData, "Learning", "Scorm");
    }

    /// <summary>The folder holding one sub-folder per package.</summary>
    public string Root { get; }

    public long MaxPackageBytes => _options.Limits.MaxBytes;

    public string FolderOf(ScormPackage package) => Path.Combine(Root, package.Folder);

    /// <summary>The file of the package at <paramref name="relativePath"/>, or null when it is not one of its files.</summary>
    public string? FileOf(ScormPackage package, string relativePath)
    {
        if (ZipEntryNames.Problem(relativePath) is not null || !ScormFileTypes.IsAllowed(relativePath))
        {
            return null;
        }

        var path = ZipEntryNames.PathUnder(FolderOf(package), relativePath);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Checks, extracts and records the package with its lesson; throws <see cref="UploadRejectedException"/> with the reason.</summary>
    public async Task<(ScormPackage Package, Lesson Lesson)> AddAsync(ScormUpload upload, CancellationToken ct)
    {
        var section = await _db.Sections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == upload.SectionId && s.CourseId == upload.CourseId, ct)
            ?? throw new UploadRejectedException("Phần (chương) đã chọn không thuộc khóa học này.");
        var title = upload.Title?.Trim();
        if (title is { Length: > 300 })
        {
            throw new UploadRejectedException("Tên bài học dài quá 300 ký tự.");
        }

        if (Intranet.Core.Validation.NameRule.Check(title, "Tên bài học") is { } titleProblem)
        {
            throw new UploadRejectedException(titleProblem);
        }

        await using var transaction = _db.Database.CurrentTransaction is null ? await _db.Database.BeginTransactionAsync(ct) : null;
        var package = await AddPackageAsync(upload.Zip, upload.CourseId, upload.UploadedBy, ct);
        Lesson? lesson = null;
        try
        {
            var position = await _db.Lessons.Where(l => l.SectionId == section.Id).MaxAsync(l => (int?)l.Position, ct) ?? 0;
            lesson = new Lesson
            {
                CourseId = upload.CourseId,
                SectionId = section.Id,
                Title = string.IsNullOrEmpty(title) ? package.Title : title,
                Position = position + 1,
                Kind = LessonKind.Scorm,
                ContentId = package.Id,
            };
            _db.Lessons.Add(lesson);
            await _db.SaveChangesAsync(ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }

            _logger.LogInformation("SCORM package {PackageId} added as lesson {LessonId} of course {CourseId}", package.Id, lesson.Id, upload.CourseId);
            return (package, lesson);
        }
        catch
        {
            _db.Entry(package).State = EntityState.Detached;
            if (lesson is not null)
            {
                _db.Entry(lesson).State = EntityState.Detached;
            }

            DeleteFolder(FolderOf(package));
            throw;
        }
    }

    /// <summary>Checks, extracts and records a package of the course (the caller makes the lesson: the recipe step does).</summary>
    public async Task<ScormPackage> AddPackageAsync(Stream zip, int courseId, string uploadedBy, CancellationToken ct)
    {
        var stream = await SeekableAsync(zip, ct);
        var folderName = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(Root, folderName);
        ScormPackage? package = null;
        try
        {
            var (manifest, files, bytes) = Extract(stream, folder, ct);
            package = new ScormPackage
            {
                CourseId = courseId,
                Title = manifest.Title,
                Version = manifest.Version,
                Folder = folderName,
                LaunchPath = manifest.LaunchPath,
                LaunchParameters = manifest.LaunchParameters,
                MasteryScore = manifest.MasteryScore,
                ScaledPassingScore = manifest.ScaledPassingScore,
                CompletionThreshold = manifest.CompletionThreshold,
                CompletionSetByContent = manifest.CompletionSetByContent,
                LaunchData = manifest.LaunchData,
                FileCount = files,
                TotalBytes = bytes,
                UploadedUtc = _clock.GetUtcNow().UtcDateTime,
                UploadedBy = uploadedBy,
            };
            _db.Add(package);
            await _db.SaveChangesAsync(ct);
            _logger.LogInformation("SCORM package {PackageId} ({Version}, {Files} files, {Bytes} bytes) stored for course {CourseId}", package.Id, package.Version, files, bytes, courseId);
            return package;
        }
        catch
        {
            // Only this part's row: a recipe's other pending changes in the same context stay.
            if (package is not null)
            {
                _db.Entry(package).State = EntityState.Detached;
            }

            DeleteFolder(folder);
            throw;
        }
        finally
        {
            if (!ReferenceEquals(stream, zip))
            {
                await stream.DisposeAsync();
            }
        }
    }

    private (ScormManifest Manifest, int Files, long Bytes) Extract(Stream stream, string folder, CancellationToken ct)
    {
        if (!LooksLikeZip(stream))
        {
            throw new UploadRejectedException("Tệp không phải gói nén zip. Gói SCORM là một tệp .zip có imsmanifest.xml ở gốc.");
        }

        var limits = _options.Limits;
        using var archive = OpenArchive(stream, limits, ct);
        var manifestEntry = archive.Find(ScormManifestReader.FileName);
        if (manifestEntry is null)
        {
            var nested = archive.Entries.FirstOrDefault(e => e.FullName.EndsWith("/" + ScormManifestReader.FileName, StringComparison.OrdinalIgnoreCase));
            throw new UploadRejectedException(nested is null
                ? "Gói không có tệp imsmanifest.xml ở gốc: đây không phải gói SCORM."
                : $"Tệp imsmanifest.xml phải nằm ở gốc gói, nhưng đang ở '{ZipEntryNames.Printable(nested.FullName)}'. Hãy nén các tệp bên trong thư mục, không nén cả thư mục.");
        }

        ScormManifest manifest;
        using (var manifestStream = archive.OpenRead(manifestEntry))
        {
            manifest = ScormManifestReader.Read(manifestStream, limits, ct);
        }

        var files = archive.Entries.Where(e => !IsJunk(e.FullName)).ToList();
        var refused = files.Where(e => !ScormFileTypes.IsAllowed(e.FullName) && !e.FullName.Equals(ScormManifestReader.FileName, StringComparison.OrdinalIgnoreCase)).Take(5).ToList();
        if (refused.Count > 0)
        {
            throw new UploadRejectedException(
                $"Gói có tệp không thuộc loại được phép: {string.Join(", ", refused.Select(e => "'" + ZipEntryNames.Printable(e.FullName) + "'"))}. " +
                $"Được phép: {ScormFileTypes.Listed}.");
        }

        var launch = archive.Find(manifest.LaunchPath)
            ?? throw new UploadRejectedException($"Tệp mở đầu bài học '{ZipEntryNames.Printable(manifest.LaunchPath)}' ghi trong imsmanifest.xml không có trong gói.");
        manifest = manifest with { LaunchPath = launch.FullName };

        Directory.CreateDirectory(folder);
        long total = 0;
        foreach (var entry in files)
        {
            ct.ThrowIfCancellationRequested();
            var path = ZipEntryNames.PathUnder(folder, entry.FullName);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var source = archive.OpenRead(entry);
                using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                source.CopyTo(target);
                total += target.Length;
            }
            catch (IOException ex) when (ex is not FileNotFoundException)
            {
                throw new UploadRejectedException($"Không giải nén được '{ZipEntryNames.Printable(entry.FullName)}': gói có tệp và thư mục trùng tên hoặc tên không hợp lệ.", inner: ex);
            }
        }

        return (manifest, files.Count, total);
    }

    private static SafeZipArchive OpenArchive(Stream stream, UploadLimits limits, CancellationToken ct)
    {
        try
        {
            return SafeZipArchive.Open(stream, limits, ct);
        }
        catch (UploadRejectedException ex) when (ex.Message.Contains(".xlsx", StringComparison.Ordinal))
        {
            // Core's wording speaks of spreadsheets; say it for a SCORM package.
            throw new UploadRejectedException("Tệp không phải gói nén zip hợp lệ (mục lục của gói bị hỏng hoặc thiếu).", inner: ex);
        }
    }

    private static bool LooksLikeZip(Stream stream)
    {
        Span<byte> head = stackalloc byte[4];
        stream.Position = 0;
        var read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        stream.Position = 0;
        return read == 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] is 3 or 5 && head[3] is 4 or 6;
    }

    private static bool IsJunk(string name) =>
        name.StartsWith(Junk[0], StringComparison.Ordinal) || Junk.Skip(1).Any(j => name == j || name.EndsWith("/" + j, StringComparison.Ordinal));

    private async Task<Stream> SeekableAsync(Stream zip, CancellationToken ct)
    {
        if (zip.CanSeek)
        {
            if (zip.Length > MaxPackageBytes)
            {
                throw new UploadRejectedException($"Gói lớn hơn giới hạn {ScormText.Size(MaxPackageBytes)}.");
            }

            return zip;
        }

        // A temporary file, not memory: packages with video are large. Bounded while copying.
        var temp = new FileStream(Path.Combine(Path.GetTempPath(), "scorm-" + Guid.NewGuid().ToString("N") + ".zip"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        try
        {
            await BoundedReadStream.WithLimit(zip, MaxPackageBytes, ct).CopyToAsync(temp, ct);
            temp.Position = 0;
            return temp;
        }
        catch
        {
            await temp.DisposeAsync();
            throw;
        }
    }

    private void DeleteFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException ex)
        {
            _logger.LogWarning(ex, "Could not remove the folder of a refused SCORM package {Folder}", folder);
        }
    }
}
