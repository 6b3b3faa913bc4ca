using System.Globalization;
using System.Xml;

namespace Intranet.Core.Uploads;

/// <summary>
/// Streams the rows of one worksheet. Rows and cells are placed by their own <c>r</c> references, but a row with text
/// far past the previous row with text, or a column past the limit, is refused: gaps are never filled, so a tiny
/// file cannot claim billions of rows. Only rows with some text are returned; the row number is the line.
/// </summary>
internal sealed class XlsxSheetReader : IDisposable
{
    private readonly XmlReader _reader;
    private readonly string _part;
    private readonly IReadOnlyList<string> _shared;
    private readonly UploadLimits _limits;
    private readonly CancellationToken _cancellation;
    private readonly char[] _buffer = new char[4096];
    private int _lastRow;
    private int _lastTextRow;
    private int _returned;

    public XlsxSheetReader(SafeZipArchive zip, SafeZipEntry sheet, IReadOnlyList<string> shared, UploadLimits limits, CancellationToken cancellation)
    {
        _reader = XmlReader.Create(zip.OpenRead(sheet), SafeXml.ReaderSettings(limits));
        _part = sheet.FullName;
        _shared = shared;
        _limits = limits;
        _cancellation = cancellation;
    }

    /// <summary>The next row with some text, or null at the end of the sheet.</summary>
    public UploadRow? Next()
    {
        try
        {
            while (_reader.Read())
            {
                if (_reader.NodeType != XmlNodeType.Element || _reader.LocalName != "row")
                {
                    continue;
                }

                _cancellation.ThrowIfCancellationRequested();
                var number = RowNumber();
                var cells = ReadCells(number);
                if (cells.TrueForAll(string.IsNullOrEmpty))
                {
                    continue; // a formatted but empty row, wherever it is, costs nothing and is skipped
                }

                if (number - (long)_lastTextRow > _limits.MaxRowGap)
                {
                    throw new UploadRejectedException(
                        $"Tệp Excel khai báo dòng {UploadText.Number(number)} ngay sau dòng {UploadText.Number(_lastTextRow)}: cách quá {UploadText.Number(_limits.MaxRowGap)} dòng trống. Hãy xoá các dòng thừa rồi lưu lại tệp.",
                        number);
                }

                _lastTextRow = number;

                // The first row is the header; the limit counts the rows after it.
                if (_returned++ > _limits.MaxRows)
                {
                    throw new UploadRejectedException($"Tệp có hơn {UploadText.Number(_limits.MaxRows)} dòng dữ liệu, vượt giới hạn mỗi lần nhập.", number);
                }

                return new UploadRow(number, cells);
            }

            return null;
        }
        catch (XmlException ex)
        {
            throw SafeXml.Reject(ex, _part, _lastRow > 0 ? _lastRow : null);
        }
    }

    public void Dispose() => _reader.Dispose();

    private int RowNumber()
    {
        var text = _reader.GetAttribute("r");
        int number;
        if (text is null)
        {
            number = _lastRow < int.MaxValue ? _lastRow + 1
                : throw new UploadRejectedException("Tệp Excel có dòng sau dòng cuối cùng có thể có.", _lastRow);
        }
        else if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number <= _lastRow)
        {
            throw new UploadRejectedException($"Tệp Excel có số dòng r=\"{Shorten(text)}\" không hợp lệ hoặc không tăng dần (sau dòng {_lastRow}).", _lastRow);
        }

        _lastRow = number;
        return number;
    }

    private List<string> ReadCells(int row)
    {
        var cells = new List<string>();
        if (_reader.IsEmptyElement)
        {
            return cells;
        }

        var depth = _reader.Depth;
        while (_reader.Read() && !(_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth))
        {
            if (_reader.NodeType != XmlNodeType.Element || _reader.LocalName != "c")
            {
                continue;
            }

            var column = Column(_reader.GetAttribute("r"), cells.Count, row);
            var reference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);
            var value = CellValue(_reader.GetAttribute("t"), reference, row);
            while (cells.Count < column - 1)
            {
                cells.Add("");
            }

            cells.Add(value);
        }

        return cells;
    }

    /// <summary>The 1-based column of a cell from its reference ("C5" → 3), or the next one when it has none.</summary>
    private int Column(string? reference, int previous, int row)
    {
        var column = previous + 1;
        if (reference is not null)
        {
            var letters = 0;
            column = 0;
            while (letters < reference.Length && char.IsAsciiLetter(reference[letters]) && letters < 4)
            {
                column = (column * 26) + (char.ToUpperInvariant(reference[letters]) - 'A' + 1);
                letters++;
            }

            if (letters == 0 || letters == 4 || reference.AsSpan(letters).ContainsAnyExceptInRange('0', '9') || letters == reference.Length)
            {
                throw new UploadRejectedException($"Dòng {row} có ô với tham chiếu \"{Shorten(reference)}\" không hợp lệ.", row);
            }
        }

        if (column <= previous)
        {
            throw new UploadRejectedException($"Dòng {row} có ô {ColumnName(column)}{row} không theo thứ tự cột.", row);
        }

        if (column > _limits.MaxColumns)
        {
            throw new UploadRejectedException($"Dòng {row} có ô ở cột {ColumnName(column)}, quá giới hạn {_limits.MaxColumns} cột.", row);
        }

        return column;
    }

    private string CellValue(string? type, string reference, int row)
    {
        if (_reader.IsEmptyElement)
        {
            return "";
        }

        var depth = _reader.Depth;
        string? raw = null;
        string? inline = null;
        string TooLong() => $"Ô {reference} (dòng {row}) dài hơn {UploadText.Number(_limits.MaxCellLength)} ký tự.";
        while (_reader.Read() && !(_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth))
        {
            if (_reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (_reader.LocalName)
            {
                case "v":
                    raw = SafeXml.ReadElementText(_reader, _limits.MaxCellLength, TooLong);
                    break;
                case "is":
                    inline = XlsxRichText.Read(_reader, _buffer, _limits.MaxCellLength, TooLong);
                    break;
                default:
                    _ = SafeXml.ReadElementText(_reader, _limits.MaxCellLength, TooLong); // a formula: its cached value is in <v>
                    break;
            }
        }

        return type switch
        {
            "s" => Shared(raw, reference, row),
            "inlineStr" => inline ?? raw ?? "",
            "b" => raw?.Trim() == "1" ? "TRUE" : "FALSE",
            _ => raw ?? inline ?? "",
        };
    }

    private string Shared(string? raw, string reference, int row)
    {
        if (raw is null)
        {
            return "";
        }

        if (!int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= _shared.Count)
        {
            throw new UploadRejectedException(
                $"Ô {reference} (dòng {row}) trỏ tới chuỗi dùng chung số {Shorten(raw)}, nhưng tệp chỉ có {UploadText.Number(_shared.Count)} chuỗi: tệp Excel bị hỏng.", row);
        }

        return _shared[index];
    }

    private static string ColumnName(int column)
    {
        var name = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static string Shorten(string text) => ZipEntryNames.Printable(text.Length > 20 ? text[..20] + "…" : text);
}
