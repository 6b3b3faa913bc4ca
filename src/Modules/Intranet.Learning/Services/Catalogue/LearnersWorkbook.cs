using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Intranet.Learning.Models;
using Intranet.Learning.ViewModels.Catalogue;

namespace Intranet.Learning.Services.Catalogue;

/// <summary>
/// The trainer's learner list as a one-sheet .xlsx, written directly: every value an inline string or a number, so a
/// name starting with "=" can never become a formula in the trainer's spreadsheet.
/// </summary>
public static class LearnersWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static byte[] Build(Course course, IReadOnlyList<LearnerLine> learners)
    {
        var rows = new List<object?[]> { new object?[] { "Học viên", "Đơn vị", "Ghi danh", "Hạn hoàn thành", "Bài đã xong", "Số bài bắt buộc", "Tiến độ (%)", "Hoàn thành ngày" } };
        rows.AddRange(learners.Select(l => new object?[]
        {
            l.Enrolment.DisplayName,
            l.Enrolment.TenantName ?? "",
            l.Enrolment.EnrolledUtc.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            l.Enrolment.DueOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "",
            l.Progress.Done,
            l.Progress.Required,
            l.Progress.Percent,
            l.Enrolment.CompletedUtc?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "",
        }));
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Text(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Text(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Text(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            Text(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + Main + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Hoc vien\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            using var stream = zip.CreateEntry("xl/worksheets/sheet1.xml").Open();
            using var w = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
            w.WriteStartElement("worksheet", Main);
            w.WriteStartElement("sheetData", Main);
            foreach (var row in rows)
            {
                w.WriteStartElement("row", Main);
                foreach (var value in row)
                {
                    w.WriteStartElement("c", Main);
                    if (value is int number)
                    {
                        w.WriteElementString("v", Main, number.ToString(CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        w.WriteAttributeString("t", "inlineStr");
                        w.WriteStartElement("is", Main);
                        w.WriteElementString("t", Main, Clean(value as string ?? ""));
                        w.WriteEndElement();
                    }

                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }

            w.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    /// <summary>Characters XML 1.0 cannot hold are dropped rather than failing the export.</summary>
    private static string Clean(string text) => new([.. text.Where(XmlConvert.IsXmlChar)]);

    private static void Text(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
