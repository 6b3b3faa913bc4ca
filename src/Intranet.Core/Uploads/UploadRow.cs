namespace Intranet.Core.Uploads;

/// <summary>One row of an uploaded table: the line (CSV) or row number (XLSX) it starts on, and its cells as text.</summary>
public sealed record UploadRow(int Line, IReadOnlyList<string> Cells);
