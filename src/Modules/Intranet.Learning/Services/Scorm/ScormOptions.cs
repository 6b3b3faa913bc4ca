using Intranet.Core.Uploads;

namespace Intranet.Learning.Services.Scorm;

/// <summary>
/// Limits of an uploaded SCORM package (<c>Intranet:Learning:Scorm</c>). A course package with video is large, so
/// these are wider than a spreadsheet's, but the uncompressed total and ratio are still checked while extracting.
/// </summary>
public sealed class ScormOptions
{
    /// <summary>The hard cap of the upload request; <see cref="MaxPackageBytes"/> may only narrow it.</summary>
    public const long RequestLimitBytes = 512L * 1024 * 1024;

    public long MaxPackageBytes { get; set; } = 200L * 1024 * 1024;

    public long MaxUncompressedBytes { get; set; } = 500L * 1024 * 1024;

    public long MaxFileBytes { get; set; } = 300L * 1024 * 1024;

    public int MaxFiles { get; set; } = 5_000;

    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>Bytes of the CMI a SCO may send in one commit (suspend_data is 64,000 characters in 2004).</summary>
    public int MaxCommitBytes { get; set; } = 512 * 1024;

    public UploadLimits Limits => new()
    {
        MaxBytes = Math.Min(MaxPackageBytes, RequestLimitBytes),
        MaxZipEntries = MaxFiles,
        MaxEntryBytes = MaxFileBytes,
        MaxTotalUncompressedBytes = MaxUncompressedBytes,
        MaxCompressionRatio = MaxCompressionRatio,
    };
}
