namespace Intranet.Core.Uploads;

/// <summary>
/// Limits for reading an uploaded file, checked while it is read (never after). Defaults suit an office
/// spreadsheet; bind <c>Intranet:Uploads</c> to change them for the installation, and narrow them per call with
/// <c>limits with { MaxRows = … }</c>.
/// </summary>
public sealed record UploadLimits
{
    /// <summary>Bytes of the uploaded file itself.</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Rows of data after the first row (the header); blank rows are not counted.</summary>
    public int MaxRows { get; init; } = 100_000;

    /// <summary>Columns in a row, counted by the column's position (so a cell in column XFD counts as 16,384).</summary>
    public int MaxColumns { get; init; } = 256;

    /// <summary>Characters in one cell (Excel's own limit is 32,767).</summary>
    public int MaxCellLength { get; init; } = 32_767;

    /// <summary>How far a spreadsheet row number may jump past the previous row; a larger jump is refused, never filled.</summary>
    public int MaxRowGap { get; init; } = 1_000;

    /// <summary>Entries in a zip package (an .xlsx has about ten).</summary>
    public int MaxZipEntries { get; init; } = 1_000;

    /// <summary>Uncompressed bytes of one zip entry.</summary>
    public long MaxEntryBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Uncompressed bytes of every entry read from one package together.</summary>
    public long MaxTotalUncompressedBytes { get; init; } = 128 * 1024 * 1024;

    /// <summary>Uncompressed ÷ compressed size of an entry, once it is past <see cref="RatioFloorBytes"/>.</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Below this many uncompressed bytes the ratio is not checked (small XML parts compress very well).</summary>
    public long RatioFloorBytes { get; init; } = 1024 * 1024;

    /// <summary>Strings in an .xlsx shared-string table.</summary>
    public int MaxSharedStrings { get; init; } = 1_000_000;

    public static UploadLimits Default { get; } = new();
}
