namespace Intranet.Hr.Io.Import;

/// <summary>
/// One thing wrong with an import file: the row (1-based as the spreadsheet shows it; 0 for the file as a whole),
/// the column by key and Vietnamese header when it is about one cell, and a Vietnamese message.
/// </summary>
public sealed record ImportProblem(int Row, string? Column, string? ColumnHeader, string Message)
{
    public static ImportProblem Cell(int row, ImportColumn column, string message) => new(row, column.Key, column.Header, message);

    public static ImportProblem File(string message, int row = 0) => new(row, null, null, message);

    /// <summary>"Dòng 5, cột «Ngày sinh»: …" — what the page and the API's detail show.</summary>
    public override string ToString() =>
        (Row > 0 ? $"Dòng {Row}" : "Tệp") + (ColumnHeader is null ? "" : $", cột «{ColumnHeader}»") + ": " + Message;
}
