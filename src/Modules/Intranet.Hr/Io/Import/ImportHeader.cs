using Intranet.Core.Uploads;

namespace Intranet.Hr.Io.Import;

/// <summary>
/// The file's first row matched to the schema: every unknown, repeated or missing required column is a problem
/// naming the column, since a shifted column would otherwise put dates into names.
/// </summary>
public static class ImportHeader
{
    public static Dictionary<string, int> Match(UploadRow header, List<ImportProblem> problems)
    {
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var text = header.Cells[i];
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (ImportSchema.Resolve(text) is not { } column)
            {
                problems.Add(new ImportProblem(header.Line, null, ImportCells.Shorten(text.Trim()), $"cột thứ {i + 1} không có trong mẫu nhập. Hãy dùng tên cột của tệp mẫu."));
            }
            else if (indexOf.TryGetValue(column.Key, out var first))
            {
                problems.Add(ImportProblem.Cell(header.Line, column, $"cột xuất hiện hai lần (cột thứ {first + 1} và {i + 1})."));
            }
            else
            {
                indexOf[column.Key] = i;
            }
        }

        foreach (var column in ImportSchema.Columns.Where(c => c.Required && !indexOf.ContainsKey(c.Key)))
        {
            problems.Add(ImportProblem.Cell(header.Line, column, "thiếu cột bắt buộc."));
        }

        return indexOf;
    }
}
