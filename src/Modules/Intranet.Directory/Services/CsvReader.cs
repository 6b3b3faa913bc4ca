using System.Text;

namespace Intranet.StaffDirectory.Services;

/// <summary>
/// RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes), comma or semicolon separated as Excel
/// writes it in either locale, UTF-8 with or without BOM. Each record carries the line it starts on.
/// </summary>
public static class CsvReader
{
    public static IEnumerable<(int Line, List<string> Cells)> Read(TextReader reader)
    {
        var text = reader.ReadToEnd();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var separator = DetectSeparator(text);
        var line = 1;
        var recordLine = 1;
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    cell.Append(c);
                }

                continue;
            }

            if (c == '"' && cell.Length == 0)
            {
                quoted = true;
                any = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
                any = true;
            }
            else if (c == '\r' || c == '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (any || cell.Length > 0)
                {
                    cells.Add(cell.ToString());
                    yield return (recordLine, cells);
                }

                cells = [];
                cell.Clear();
                any = false;
                line++;
                recordLine = line;
            }
            else
            {
                cell.Append(c);
                any = true;
            }
        }

        if (quoted)
        {
            throw new FormatException($"Dòng {recordLine}: dấu ngoặc kép chưa được đóng.");
        }

        if (any || cell.Length > 0)
        {
            cells.Add(cell.ToString());
            yield return (recordLine, cells);
        }
    }

    private static char DetectSeparator(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
    }
}
