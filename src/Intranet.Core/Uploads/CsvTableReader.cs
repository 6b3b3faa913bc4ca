namespace Intranet.Core.Uploads;

/// <summary>Reads an uploaded CSV as rows of text, streaming, within <see cref="UploadLimits"/>.</summary>
public static class CsvTableReader
{
    public static IEnumerable<UploadRow> Read(Stream stream, UploadLimits limits, CancellationToken cancellation = default)
    {
        using var reader = new CsvRowReader(stream, limits, cancellation);
        while (reader.Next() is { } row)
        {
            yield return row;
        }
    }
}
