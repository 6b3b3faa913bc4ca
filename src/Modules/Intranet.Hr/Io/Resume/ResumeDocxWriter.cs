using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Intranet.Hr.Io.Resume;

/// <summary>
/// Renders a <see cref="ResumeDocument"/> to DOCX (Open XML SDK) so the department can edit and print it in Word:
/// Times New Roman 13 pt as Vietnamese administrative documents use, ruled tables, A4 with the usual margins.
/// </summary>
public static class ResumeDocxWriter
{
    private const string Font = "Times New Roman";
    private const int TextWidthTwips = 9354; // A4 (11906) minus 30 mm left and 15 mm right margins.

    public static byte[] Write(ResumeDocument document)
    {
        using var output = new MemoryStream();
        using (var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = document.Title + " – " + document.DeclarantName;
            var main = package.AddMainDocumentPart();
            var body = new Body();
            body.Append(Text(document.FormCode, bold: true, align: JustificationValues.Right));
            foreach (var line in document.AgencyLines)
            {
                body.Append(Text(line));
            }

            body.Append(Text(document.Title, bold: true, align: JustificationValues.Center, size: 32));
            foreach (var block in document.Blocks)
            {
                switch (block)
                {
                    case ResumeHeading h:
                        body.Append(Text(h.Text, bold: true));
                        break;
                    case ResumeField f:
                        body.Append(Field(f));
                        break;
                    case ResumeNote n:
                        body.Append(Text(n.Text, italic: true));
                        break;
                    case ResumeTable t:
                        body.Append(Table(t));
                        body.Append(Text(""));
                        break;
                }
            }

            body.Append(Signatures(document));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 851, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return output.ToArray();
    }

    private static Paragraph Field(ResumeField f)
    {
        var p = new Paragraph(Spacing());
        p.Append(RunOf(f.Label + ": ", false, false, 26));
        p.Append(RunOf(f.Value.Length == 0 ? "…………………" : f.Value, f.Value.Length > 0, false, 26));
        return p;
    }

    private static Paragraph Text(string text, bool bold = false, bool italic = false, JustificationValues? align = null, int size = 26)
    {
        var properties = Spacing();
        if (align is { } a)
        {
            properties.Append(new Justification { Val = a });
        }

        return new Paragraph(properties, RunOf(text, bold, italic, size));
    }

    private static ParagraphProperties Spacing() => new(new SpacingBetweenLines { Before = "0", After = "60" });

    private static Run RunOf(string text, bool bold, bool italic, int size)
    {
        var properties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font }, new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Table Table(ResumeTable t)
    {
        var total = t.Widths.Sum();
        var widths = t.Widths.Select(w => (int)(TextWidthTwips * w / total)).ToArray();
        var border = new Func<BorderType, BorderType>(b =>
        {
            b.Val = BorderValues.Single;
            b.Size = 4;
            return b;
        });
        var table = new Table(new TableProperties(
            new TableWidth { Width = TextWidthTwips.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(border(new TopBorder()), border(new LeftBorder()), border(new BottomBorder()), border(new RightBorder()), border(new InsideHorizontalBorder()), border(new InsideVerticalBorder()))));
        table.Append(new TableGrid([.. widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })]));
        table.Append(Row(t.Columns, widths, bold: true, header: true));
        var rows = t.Rows.Count > 0 ? t.Rows : [.. Enumerable.Repeat((IReadOnlyList<string>)[.. t.Columns.Select(_ => "")], 2)];
        foreach (var row in rows)
        {
            table.Append(Row(row, widths, bold: false, header: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool bold, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                Text(cells[i], bold, align: header ? JustificationValues.Center : null, size: 24)));
        }

        return row;
    }

    private static Table Signatures(ResumeDocument d)
    {
        var half = TextWidthTwips / 2;
        var table = new Table(new TableProperties(new TableWidth { Width = TextWidthTwips.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
        table.Append(new TableGrid(new GridColumn { Width = half.ToString(System.Globalization.CultureInfo.InvariantCulture) }, new GridColumn { Width = half.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        table.Append(new TableRow(
            Cell(half, Text("Người khai", bold: true, align: JustificationValues.Center), Text("Tôi xin cam đoan những lời khai trên đây là đúng sự thật", italic: true, align: JustificationValues.Center), Text("(Ký tên, ghi rõ họ tên)", italic: true, align: JustificationValues.Center), Text(""), Text(""), Text(d.DeclarantName, bold: true, align: JustificationValues.Center)),
            Cell(half, Text(d.Place, italic: true, align: JustificationValues.Center), Text("Thủ trưởng cơ quan, đơn vị quản lý và sử dụng CBCC", bold: true, align: JustificationValues.Center), Text("(Ký tên, đóng dấu)", italic: true, align: JustificationValues.Center))));
        return table;
    }

    private static TableCell Cell(int width, params OpenXmlElement[] content)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
        cell.Append(content);
        return cell;
    }
}
