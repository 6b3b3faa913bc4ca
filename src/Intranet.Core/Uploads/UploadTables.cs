using System.Text;
using System.Xml;

namespace Intranet.Core.Uploads;

/// <summary>
/// The one entry point for uploaded tables (CSV, XLSX): picks the reader from the file name and guarantees that
/// whatever goes wrong while reading surfaces as an <see cref="UploadRejectedException"/> (or
/// <see cref="OperationCanceledException"/> when the request is gone), never as a parser's own exception.
/// </summary>
public static class UploadTables
{
    public static bool IsXlsx(string? fileName) => fileName?.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) == true;

    public static bool IsCsv(string? fileName) => fileName?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Rows of the file, read lazily; .xlsx by name, anything else as CSV.</summary>
    public static IEnumerable<UploadRow> Read(Stream stream, string? fileName, UploadLimits limits, CancellationToken cancellation = default)
    {
        if (stream.CanSeek && stream.Length == 0)
        {
            throw new UploadRejectedException("Tệp trống.");
        }

        if (stream.CanSeek && stream.Length > limits.MaxBytes)
        {
            throw new UploadRejectedException($"Tệp lớn hơn giới hạn {UploadText.Size(limits.MaxBytes)}.");
        }

        return Guard(IsXlsx(fileName) ? XlsxTableReader.Read(stream, limits, cancellation) : CsvTableReader.Read(stream, limits, cancellation));
    }

    /// <summary>Passes the rows through, turning any failure while reading them into an <see cref="UploadRejectedException"/>.</summary>
    public static IEnumerable<UploadRow> Guard(IEnumerable<UploadRow> rows)
    {
        using var enumerator = Start(rows);
        while (true)
        {
            bool more;
            try
            {
                more = enumerator.MoveNext();
            }
            catch (Exception ex) when (Translate(ex) is { } rejected)
            {
                throw rejected;
            }

            if (!more)
            {
                yield break;
            }

            yield return enumerator.Current;
        }
    }

    /// <summary>
    /// The rejection for an exception a parser threw; null for cancellation and for the runtime's own emergencies,
    /// which must keep their meaning.
    /// </summary>
    public static UploadRejectedException? Translate(Exception ex) => ex switch
    {
        UploadRejectedException rejected => rejected,
        OperationCanceledException or OutOfMemoryException or InsufficientExecutionStackException => null,
        XmlException xml => SafeXml.Reject(xml, "tệp"),
        DecoderFallbackException => new UploadRejectedException("Tệp không phải văn bản UTF-8 hợp lệ. Hãy lưu lại tệp với mã hoá UTF-8.", inner: ex),
        InvalidDataException => new UploadRejectedException("Tệp bị hỏng: dữ liệu nén không hợp lệ. Hãy lưu lại tệp rồi thử lại.", inner: ex),
        _ => new UploadRejectedException("Không đọc được tệp: nội dung bị hỏng hoặc không đúng định dạng. Hãy lưu lại tệp rồi thử lại.", inner: ex),
    };

    private static IEnumerator<UploadRow> Start(IEnumerable<UploadRow> rows)
    {
        try
        {
            return rows.GetEnumerator();
        }
        catch (Exception ex) when (Translate(ex) is { } rejected)
        {
            throw rejected;
        }
    }
}
