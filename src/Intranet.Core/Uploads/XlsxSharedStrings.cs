using System.Xml;

namespace Intranet.Core.Uploads;

/// <summary>The workbook's shared-string table, read with limits on the count and on each string's length.</summary>
internal static class XlsxSharedStrings
{
    public static List<string> Read(SafeZipArchive zip, SafeZipEntry part, UploadLimits limits, CancellationToken cancellation)
    {
        var strings = new List<string>();
        var buffer = new char[4096];
        try
        {
            using var reader = XmlReader.Create(zip.OpenRead(part), SafeXml.ReaderSettings(limits));
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "si")
                {
                    continue;
                }

                cancellation.ThrowIfCancellationRequested();
                if (strings.Count >= limits.MaxSharedStrings)
                {
                    throw new UploadRejectedException($"Tệp Excel có hơn {UploadText.Number(limits.MaxSharedStrings)} chuỗi dùng chung, vượt giới hạn.");
                }

                var index = strings.Count;
                strings.Add(XlsxRichText.Read(reader, buffer, limits.MaxCellLength,
                    () => $"Chuỗi dùng chung số {index} của tệp Excel dài hơn {UploadText.Number(limits.MaxCellLength)} ký tự."));
            }
        }
        catch (XmlException ex)
        {
            throw SafeXml.Reject(ex, part.FullName);
        }

        return strings;
    }
}
