using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Intranet.Hr.Io.Resume;

/// <summary>
/// Renders a <see cref="ResumeDocument"/> to PDF with PDFsharp on A4: fields as wrapped paragraphs, tables with
/// ruled cells whose header repeats on a new page, the signature block at the end. Text is embedded as Unicode
/// (a ToUnicode map), so copying or extracting it keeps the Vietnamese diacritics.
/// </summary>
public sealed class ResumePdfWriter : IDisposable
{
    private const double Margin = 48;
    private const double Size = 10.5;
    private const double Line = 14;
    private const double CellPad = 3;

    private readonly PdfDocument _pdf = new();
    private readonly XFont _regular;
    private readonly XFont _bold;
    private readonly XFont _italic;
    private readonly XFont _title;
    private XGraphics _g = null!;
    private double _y;

    private ResumePdfWriter()
    {
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        _regular = new XFont(ResumeFonts.Family, Size, XFontStyleEx.Regular, options);
        _bold = new XFont(ResumeFonts.Family, Size, XFontStyleEx.Bold, options);
        _italic = new XFont(ResumeFonts.Family, Size - 1, XFontStyleEx.Italic, options);
        _title = new XFont(ResumeFonts.Family, 15, XFontStyleEx.Bold, options);
    }

    private double Width => _pdf.Pages[^1].Width.Point - (2 * Margin);

    private double Bottom => _pdf.Pages[^1].Height.Point - Margin;

    /// <summary>The PDF's bytes; throws <see cref="InvalidOperationException"/> when no Vietnamese font is installed.</summary>
    public static byte[] Write(ResumeDocument document)
    {
        if (!ResumeFonts.EnsureRegistered())
        {
            throw new InvalidOperationException("Máy chủ chưa cài phông chữ DejaVu (gói fonts-dejavu-core) để tạo PDF tiếng Việt.");
        }

        using var writer = new ResumePdfWriter();
        writer._pdf.Info.Title = document.Title + " – " + document.DeclarantName;
        writer._pdf.Info.Creator = "Intranet – Hồ sơ cán bộ";
        writer.NewPage();
        writer.Header(document);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ResumeHeading h:
                    writer._y += 4;
                    writer.Paragraph(h.Text, writer._bold, keepWithNext: 3 * Line);
                    break;
                case ResumeField f:
                    writer.Paragraph(f.Value.Length == 0 ? f.Label + ": …………………" : f.Label + ": " + f.Value, writer._regular);
                    break;
                case ResumeNote n:
                    writer.Paragraph(n.Text, writer._italic);
                    break;
                case ResumeTable t:
                    writer.Table(t);
                    break;
            }
        }

        writer.Signatures(document);

        // The page's content stream is completed when its graphics are disposed, before the save.
        writer._g.Dispose();
        writer._g = null!;
        using var output = new MemoryStream();
        writer._pdf.Save(output, false);
        return output.ToArray();
    }

    public void Dispose()
    {
        _g?.Dispose();
        _pdf.Dispose();
    }

    private void NewPage()
    {
        _g?.Dispose();
        var page = _pdf.AddPage();
        page.Size = PageSize.A4;
        _g = XGraphics.FromPdfPage(page);
        _y = Margin;
    }

    private void Header(ResumeDocument d)
    {
        foreach (var line in d.AgencyLines)
        {
            Paragraph(line, _regular);
        }

        _g.DrawString(d.FormCode, _bold, XBrushes.Black, new XRect(Margin, Margin - 16, Width, Line), XStringFormats.TopRight);
        _y += 6;
        var photo = new XRect(Margin, _y, 85, 113);
        _g.DrawRectangle(XPens.Black, photo);
        _g.DrawString("Ảnh màu", _italic, XBrushes.Black, new XRect(photo.X, photo.Y + 45, photo.Width, Line), XStringFormats.TopCenter);
        _g.DrawString("(4 × 6 cm)", _italic, XBrushes.Black, new XRect(photo.X, photo.Y + 45 + Line, photo.Width, Line), XStringFormats.TopCenter);
        _g.DrawString(d.Title, _title, XBrushes.Black, new XRect(Margin + 95, _y + 45, Width - 95, 20), XStringFormats.TopCenter);
        _y = photo.Bottom + 10;
    }

    private void Paragraph(string text, XFont font, double keepWithNext = 0)
    {
        var lines = Wrap(text, font, Width);
        if (_y + (lines.Count * Line) + keepWithNext > Bottom)
        {
            NewPage();
        }

        foreach (var line in lines)
        {
            _g.DrawString(line, font, XBrushes.Black, new XRect(Margin, _y, Width, Line), XStringFormats.TopLeft);
            _y += Line;
        }
    }

    private void Table(ResumeTable t)
    {
        var total = t.Widths.Sum();
        var widths = t.Widths.Select(w => Width * w / total).ToArray();
        var rows = t.Rows.Count > 0 ? t.Rows : [.. Enumerable.Repeat((IReadOnlyList<string>)[.. t.Columns.Select(_ => "")], 2)];
        Row(t.Columns, widths, _bold, header: null);
        foreach (var row in rows)
        {
            Row(row, widths, _regular, t.Columns);
        }

        _y += 6;
    }

    private void Row(IReadOnlyList<string> cells, double[] widths, XFont font, IReadOnlyList<string>? header)
    {
        var wrapped = cells.Select((c, i) => Wrap(c, font, widths[i] - (2 * CellPad))).ToList();
        var height = (Math.Max(1, wrapped.Max(w => w.Count)) * Line) + (2 * CellPad);
        if (_y + height > Bottom)
        {
            NewPage();
            if (header is not null)
            {
                Row(header, widths, _bold, null);
            }
        }

        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            _g.DrawRectangle(XPens.Black, x, _y, widths[i], height);
            var y = _y + CellPad;
            foreach (var line in wrapped[i])
            {
                _g.DrawString(line, font, XBrushes.Black, new XRect(x + CellPad, y, widths[i] - (2 * CellPad), Line), XStringFormats.TopLeft);
                y += Line;
            }

            x += widths[i];
        }

        _y += height;
    }

    private void Signatures(ResumeDocument d)
    {
        if (_y + (7 * Line) > Bottom)
        {
            NewPage();
        }

        _y += Line;
        var half = Width / 2;
        string[] left = ["Người khai", "Tôi xin cam đoan những lời khai trên đây là đúng sự thật", "(Ký tên, ghi rõ họ tên)", "", "", d.DeclarantName];
        string[] right = [d.Place, "Thủ trưởng cơ quan, đơn vị quản lý", "và sử dụng CBCC", "(Ký tên, đóng dấu)"];
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var font = i == 0 ? _bold : _italic;
            if (i < left.Length)
            {
                _g.DrawString(left[i], i is 0 or 5 ? _bold : _italic, XBrushes.Black, new XRect(Margin, _y, half, Line), XStringFormats.TopCenter);
            }

            if (i < right.Length)
            {
                _g.DrawString(right[i], i is 1 or 2 ? _bold : font, XBrushes.Black, new XRect(Margin + half, _y, half, Line), XStringFormats.TopCenter);
            }

            _y += Line;
        }
    }

    /// <summary>Greedy word wrap by measured width; a word wider than the line is cut by characters.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (_g.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (line.Length > 1 && _g.MeasureString(line, font).Width > width)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && _g.MeasureString(line[..cut], font).Width > width)
                    {
                        cut--;
                    }

                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
