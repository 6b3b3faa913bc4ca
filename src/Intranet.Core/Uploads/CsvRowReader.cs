using System.Text;

namespace Intranet.Core.Uploads;

/// <summary>
/// Streams RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes), comma or semicolon separated as
/// Excel writes it in either locale (decided from the header line), strict UTF-8 with or without BOM. Each row
/// carries the line it starts on; limits on bytes, columns, cell length and rows are checked as characters arrive.
/// </summary>
internal sealed class CsvRowReader : IDisposable
{
    private const int MaxHeaderChars = 1024 * 1024;

    private readonly StreamReader _text;
    private readonly UploadLimits _limits;
    private readonly CancellationToken _cancellation;
    private readonly char[] _buffer = new char[4096];
    private int _position;
    private int _length;
    private string _prefix = "";
    private int _prefixPosition;
    private char? _separator;
    private int _line = 1;
    private int _returned;

    public CsvRowReader(Stream stream, UploadLimits limits, CancellationToken cancellation)
    {
        var bounded = BoundedReadStream.WithLimit(stream, limits.MaxBytes, cancellation, leaveOpen: false);
        _text = new StreamReader(bounded, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
        _limits = limits;
        _cancellation = cancellation;
    }

    /// <summary>The next row with some text, or null at the end of the file.</summary>
    public UploadRow? Next()
    {
        try
        {
            _separator ??= DetectSeparator();
            while (ReadRecord() is { } row)
            {
                if (row.Cells.All(c => c.Length == 0))
                {
                    continue;
                }

                // The first row is the header; the limit counts the rows after it.
                if (_returned++ > _limits.MaxRows)
                {
                    throw new UploadRejectedException($"Tệp có hơn {UploadText.Number(_limits.MaxRows)} dòng dữ liệu, vượt giới hạn mỗi lần nhập.", row.Line);
                }

                return row;
            }

            return null;
        }
        catch (DecoderFallbackException ex)
        {
            throw new UploadRejectedException($"Tệp CSV không phải văn bản UTF-8 hợp lệ (gần dòng {_line}). Hãy lưu lại tệp với mã hoá UTF-8 (Excel: \"CSV UTF-8\").", _line, ex);
        }
    }

    public void Dispose() => _text.Dispose();

    private UploadRow? ReadRecord()
    {
        _cancellation.ThrowIfCancellationRequested();
        var separator = _separator!.Value;
        var recordLine = _line;
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var any = false;
        while (true)
        {
            var c = Read();
            if (c < 0)
            {
                if (quoted)
                {
                    throw new UploadRejectedException($"Dòng {recordLine}: dấu ngoặc kép chưa được đóng.", recordLine);
                }

                return any || cell.Length > 0 ? Finish(cells, cell, recordLine) : null;
            }

            if (quoted)
            {
                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        Read();
                        Append(cell, '"', recordLine);
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
                        _line++;
                    }

                    Append(cell, (char)c, recordLine);
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
                AddCell(cells, cell, recordLine);
                any = true;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && Peek() == '\n')
                {
                    Read();
                }

                _line++;
                if (any || cell.Length > 0)
                {
                    return Finish(cells, cell, recordLine);
                }

                recordLine = _line;
            }
            else
            {
                Append(cell, (char)c, recordLine);
                any = true;
            }
        }
    }

    private UploadRow Finish(List<string> cells, StringBuilder cell, int line)
    {
        AddCell(cells, cell, line);
        return new UploadRow(line, cells);
    }

    private void AddCell(List<string> cells, StringBuilder cell, int line)
    {
        if (cells.Count >= _limits.MaxColumns)
        {
            throw new UploadRejectedException($"Dòng {line} có hơn {_limits.MaxColumns} cột, vượt giới hạn.", line);
        }

        cells.Add(cell.ToString());
        cell.Clear();
    }

    private void Append(StringBuilder cell, char c, int line)
    {
        if (cell.Length >= _limits.MaxCellLength)
        {
            throw new UploadRejectedException($"Dòng {line} có ô dài hơn {UploadText.Number(_limits.MaxCellLength)} ký tự (có thể do thiếu dấu ngoặc kép đóng).", line);
        }

        cell.Append(c);
    }

    /// <summary>Reads the first line ahead (kept to be parsed again) and picks ';' when it has more of them than ','.</summary>
    private char DetectSeparator()
    {
        var header = new StringBuilder();
        int c;
        while ((c = ReadRaw()) >= 0)
        {
            header.Append((char)c);
            if (c is '\r' or '\n')
            {
                break;
            }

            if (header.Length > MaxHeaderChars)
            {
                throw new UploadRejectedException($"Dòng đầu của tệp dài hơn {UploadText.Number(MaxHeaderChars)} ký tự.", 1);
            }
        }

        if (header.Length > 0 && header[0] == '\uFEFF')
        {
            header.Remove(0, 1);
        }

        _prefix = header.ToString();
        var semicolons = _prefix.Count(ch => ch == ';');
        var commas = _prefix.Count(ch => ch == ',');
        return semicolons > commas ? ';' : ',';
    }

    private int Read() => _prefixPosition < _prefix.Length ? _prefix[_prefixPosition++] : ReadRaw();

    private int Peek()
    {
        if (_prefixPosition < _prefix.Length)
        {
            return _prefix[_prefixPosition];
        }

        return Fill() ? _buffer[_position] : -1;
    }

    private int ReadRaw() => Fill() ? _buffer[_position++] : -1;

    private bool Fill()
    {
        if (_position < _length)
        {
            return true;
        }

        _length = _text.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
