using System.Xml;

namespace Intranet.Core.Uploads;

/// <summary>
/// Finds the parts of an .xlsx package: the first worksheet and the shared strings, following the package's
/// relationships (as Excel, LibreOffice and other writers name them differently) and falling back to the usual names.
/// </summary>
internal sealed record XlsxPackage(SafeZipEntry Sheet, SafeZipEntry? SharedStrings)
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static XlsxPackage Locate(SafeZipArchive zip, UploadLimits limits)
    {
        var workbookName = Relationships(zip, "_rels/.rels", "", limits)
            .FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target ?? "xl/workbook.xml";
        var folder = workbookName.Contains('/', StringComparison.Ordinal) ? workbookName[..(workbookName.LastIndexOf('/') + 1)] : "";
        var relations = Relationships(zip, folder + "_rels/" + workbookName[folder.Length..] + ".rels", folder, limits);
        var firstSheetId = FirstSheetRelationship(zip, workbookName, limits);
        var sheetName = relations.FirstOrDefault(r => r.Id == firstSheetId).Target ?? folder + "worksheets/sheet1.xml";
        var sharedName = relations.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target ?? folder + "sharedStrings.xml";
        var sheet = zip.Find(sheetName) ?? throw new UploadRejectedException("Tệp Excel không có trang tính nào (thiếu phần worksheet trong gói .xlsx).");
        return new XlsxPackage(sheet, zip.Find(sharedName));
    }

    private static string? FirstSheetRelationship(SafeZipArchive zip, string workbookName, UploadLimits limits)
    {
        if (zip.Find(workbookName) is not { } workbook)
        {
            return null;
        }

        try
        {
            using var reader = XmlReader.Create(zip.OpenRead(workbook), SafeXml.ReaderSettings(limits));
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
                {
                    return reader.GetAttribute("id", RelationshipsNamespace);
                }
            }
        }
        catch (XmlException ex)
        {
            throw SafeXml.Reject(ex, workbook.FullName);
        }

        return null;
    }

    private static List<(string Id, string Type, string? Target)> Relationships(SafeZipArchive zip, string name, string folder, UploadLimits limits)
    {
        var list = new List<(string, string, string?)>();
        if (zip.Find(name) is not { } part)
        {
            return list;
        }

        try
        {
            using var reader = XmlReader.Create(zip.OpenRead(part), SafeXml.ReaderSettings(limits));
            while (reader.Read() && list.Count < limits.MaxZipEntries)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship")
                {
                    list.Add((reader.GetAttribute("Id") ?? "", reader.GetAttribute("Type") ?? "", Resolve(folder, reader.GetAttribute("Target"))));
                }
            }
        }
        catch (XmlException ex)
        {
            throw SafeXml.Reject(ex, part.FullName);
        }

        return list;
    }

    /// <summary>A relationship target as a part name: absolute ("/xl/…") or relative to the source's folder, ".." resolved.</summary>
    private static string? Resolve(string folder, string? target)
    {
        if (string.IsNullOrEmpty(target))
        {
            return null;
        }

        var segments = new List<string>();
        foreach (var segment in ((target[0] == '/' ? "" : folder) + target).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null; // outside the package: nothing to find
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }
}
