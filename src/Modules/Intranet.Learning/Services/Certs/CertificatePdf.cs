using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace Intranet.Learning.Services.Certs;

/// <summary>
/// Draws a certificate on one landscape A4 page with PDFsharp: the holder, the course, the TT 03/2014 modules, the
/// dates, the serial and a QR code (QRCoder) to the public verification page. Text is embedded as Unicode, so
/// copying it keeps the Vietnamese diacritics.
/// </summary>
internal static class CertificatePdf
{
    private const double Margin = 42;
    private static readonly byte[] Black = [0, 0, 0, 255];
    private static readonly byte[] White = [255, 255, 255, 255];

    /// <summary>The PDF's bytes; throws <see cref="InvalidOperationException"/> when no Vietnamese font is installed.</summary>
    public static byte[] Write(CertificateDocument d)
    {
        if (!CertificateFonts.EnsureRegistered())
        {
            throw new InvalidOperationException("Máy chủ chưa cài phông chữ DejaVu (gói fonts-dejavu-core) để tạo PDF tiếng Việt.");
        }

        using var pdf = new PdfDocument();
        pdf.Info.Title = "Chứng chỉ " + d.Serial + " – " + d.HolderName;
        pdf.Info.Creator = "Intranet – Đào tạo trực tuyến";
        var page = pdf.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        using (var g = XGraphics.FromPdfPage(page))
        {
            Draw(g, page.Width.Point, page.Height.Point, d);
        }

        using var output = new MemoryStream();
        pdf.Save(output, false);
        return output.ToArray();
    }

    private static void Draw(XGraphics g, double width, double height, CertificateDocument d)
    {
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        XFont Font(double size, XFontStyleEx style = XFontStyleEx.Regular) => new(CertificateFonts.Family, size, style, options);
        var text = new XSolidBrush(XColor.FromArgb(33, 37, 41));
        var accent = new XSolidBrush(XColor.FromArgb(13, 71, 161));
        var inner = width - (2 * Margin);

        g.DrawRectangle(new XPen(XColor.FromArgb(13, 71, 161), 3), Margin / 2, Margin / 2, width - Margin, height - Margin);
        g.DrawRectangle(new XPen(XColor.FromArgb(13, 71, 161), 0.8), (Margin / 2) + 6, (Margin / 2) + 6, width - Margin - 12, height - Margin - 12);

        void Centre(string s, XFont font, XBrush brush, double y) =>
            g.DrawString(s, font, brush, new XRect(Margin, y, inner, font.Size * 1.4), XStringFormats.TopCenter);

        Centre("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Font(12, XFontStyleEx.Bold), text, Margin + 8);
        Centre("Độc lập – Tự do – Hạnh phúc", Font(12, XFontStyleEx.Bold), text, Margin + 26);
        Centre(d.IssuerName, Font(13), text, Margin + 56);
        Centre("CHỨNG CHỈ HOÀN THÀNH KHÓA HỌC", Font(26, XFontStyleEx.Bold), accent, Margin + 92);
        Centre("Chứng nhận", Font(13, XFontStyleEx.Italic), text, Margin + 140);
        Centre(d.HolderName, Font(24, XFontStyleEx.Bold), text, Margin + 160);
        Centre("đã hoàn thành khóa học", Font(13, XFontStyleEx.Italic), text, Margin + 200);
        Centre(d.CourseTitle, Font(17, XFontStyleEx.Bold), accent, Margin + 220);
        if (d.ItModules.Count > 0)
        {
            Centre("Mô đun kỹ năng sử dụng CNTT (Thông tư 03/2014/TT-BTTTT): " + string.Join(", ", d.ItModules), Font(12), text, Margin + 256);
        }

        var left = Margin + 20;
        var y = height - Margin - 150;
        var small = Font(12);
        g.DrawString("Ngày cấp: " + Day(d.IssuedOn), small, text, left, y);
        g.DrawString("Có giá trị đến: " + (d.ValidUntil is { } until ? Day(until) : "không thời hạn"), small, text, left, y + 20);
        g.DrawString("Số hiệu: " + d.Serial, Font(12, XFontStyleEx.Bold), text, left, y + 40);
        g.DrawString("Kiểm tra chứng chỉ: " + d.VerificationUrl, Font(9), text, left, y + 64);

        var qrSize = 120.0;
        var qrX = width - Margin - 20 - qrSize;
        var qrY = height - Margin - 20 - qrSize - 14;
        using var png = new MemoryStream(QrPng(d.VerificationUrl));
        using (var qr = XImage.FromStream(png))
        {
            // A QR code is a grid of squares: no smoothing, or a reader sees grey edges.
            qr.Interpolate = false;
            g.DrawImage(qr, qrX, qrY, qrSize, qrSize);
        }

        g.DrawString("Quét mã để kiểm tra", Font(9, XFontStyleEx.Italic), text, new XRect(qrX - 20, qrY + qrSize + 2, qrSize + 40, 12), XStringFormats.TopCenter);
    }

    private static byte[] QrPng(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);

        // Opaque RGBA: PDFsharp's PNG reader refuses QRCoder's default one-bit palette image.
        return new PngByteQRCode(data).GetGraphic(8, Black, White);
    }

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
