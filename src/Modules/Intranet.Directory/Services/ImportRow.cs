namespace Intranet.StaffDirectory.Services;

/// <summary>One data row of an import file: its line number (as the spreadsheet shows it) and its cells by column key.</summary>
public sealed record ImportRow(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string? Get(string column) => Cells.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}
