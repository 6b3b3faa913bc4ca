namespace Intranet.Hr.Io.Xlsx;

/// <summary>One worksheet to write: a bold header row and text rows (every cell text, so IDs keep their zeros).</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<string?>> Rows, IReadOnlyList<double>? Widths = null);
