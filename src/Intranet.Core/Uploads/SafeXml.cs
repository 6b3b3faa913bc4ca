using System.Text;
using System.Xml;

namespace Intranet.Core.Uploads;

/// <summary>
/// XML readers for uploaded content (xlsx parts now, edXML later): no DTD (so no XXE and no entity expansion), no
/// external resolution, bytes bounded and cancellation honoured while reading, and every XML error turned into an
/// <see cref="UploadRejectedException"/> by <see cref="Reject"/>.
/// </summary>
public static class SafeXml
{
    /// <summary>Settings for any XML that comes from a user: DTDs refused, nothing resolved, the document's size capped.</summary>
    public static XmlReaderSettings ReaderSettings(UploadLimits limits) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = limits.MaxEntryBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>A reader over <paramref name="stream"/> that refuses more than <see cref="UploadLimits.MaxBytes"/> bytes.</summary>
    public static XmlReader Create(Stream stream, UploadLimits limits, CancellationToken cancellation = default) =>
        XmlReader.Create(BoundedReadStream.WithLimit(stream, limits.MaxBytes, cancellation, leaveOpen: false), ReaderSettings(limits));

    /// <summary>The Vietnamese rejection for an XML error in <paramref name="part"/> (a file name or package part).</summary>
    public static UploadRejectedException Reject(XmlException ex, string part, int? row = null)
    {
        var where = ex.LineNumber > 0 ? $" (dòng {ex.LineNumber}, cột {ex.LinePosition} của {part})" : $" ({part})";
        var what = ex.Message.Contains("DTD", StringComparison.Ordinal)
            ? "Tệp có khai báo DTD, không được phép vì lý do an toàn"
            : "Nội dung XML của tệp bị hỏng";
        var onRow = row is { } r ? $" ở dòng {r}" : "";
        return new UploadRejectedException(what + onRow + where + ".", row, ex);
    }

    /// <summary>
    /// The text of the current element (the reader on its start tag), refused past <paramref name="maxLength"/>
    /// characters while it is read rather than after. Leaves the reader on the end tag.
    /// </summary>
    public static string ReadElementText(XmlReader reader, int maxLength, Func<string> tooLong)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }

        var text = new StringBuilder();
        var depth = reader.Depth;
        var buffer = new char[4096];
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                AppendValue(reader, text, buffer, maxLength, tooLong);
            }
        }

        return text.ToString();
    }

    /// <summary>Appends the current text node's value in chunks, so an enormous text node is refused early.</summary>
    public static void AppendValue(XmlReader reader, StringBuilder text, char[] buffer, int maxLength, Func<string> tooLong)
    {
        if (!reader.CanReadValueChunk)
        {
            text.Append(reader.Value);
            if (text.Length > maxLength)
            {
                throw new UploadRejectedException(tooLong());
            }

            return;
        }

        int read;
        while ((read = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > maxLength)
            {
                throw new UploadRejectedException(tooLong());
            }
        }
    }
}
