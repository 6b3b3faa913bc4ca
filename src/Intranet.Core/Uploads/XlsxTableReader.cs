namespace Intranet.Core.Uploads;

/// <summary>
/// Reads the first worksheet of an .xlsx as rows of text, streaming, within <see cref="UploadLimits"/>: our own
/// reader over <see cref="System.IO.Compression"/> and <see cref="System.Xml.XmlReader"/> so that nothing is
/// materialised that the file only claims (row gaps, huge dimensions).
/// </summary>
public static class XlsxTableReader
{
    public static IEnumerable<UploadRow> Read(Stream stream, UploadLimits limits, CancellationToken cancellation = default)
    {
        using var zip = SafeZipArchive.Open(stream, limits, cancellation);
        var package = XlsxPackage.Locate(zip, limits);
        var shared = package.SharedStrings is { } part ? XlsxSharedStrings.Read(zip, part, limits, cancellation) : [];
        using var sheet = new XlsxSheetReader(zip, package.Sheet, shared, limits, cancellation);
        while (sheet.Next() is { } row)
        {
            yield return row;
        }
    }
}
