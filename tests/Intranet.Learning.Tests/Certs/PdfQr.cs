using System.Diagnostics;
using UglyToad.PdfPig;

namespace Intranet.Learning.Tests.Certs;

/// <summary>Reads a certificate PDF as a person would: its text, and its QR code through zbarimg (Debian zbar-tools).</summary>
public static class PdfQr
{
    public static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    /// <summary>What zbarimg decodes from the PDF's QR image.</summary>
    public static async Task<string> DecodeAsync(byte[] pdf)
    {
        byte[]? png = null;
        using (var document = PdfDocument.Open(pdf))
        {
            foreach (var image in document.GetPages().SelectMany(p => p.GetImages()))
            {
                if (image.TryGetPng(out var bytes))
                {
                    png = bytes;
                    break;
                }
            }
        }

        Assert.True(png is not null, "the certificate PDF has no image that can be read as PNG");
        var file = Path.Combine(Path.GetTempPath(), "certificate-qr-" + Guid.NewGuid().ToString("N") + ".png");
        await File.WriteAllBytesAsync(file, png);
        try
        {
            var start = new ProcessStartInfo("zbarimg", ["--raw", "-q", file]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("zbarimg did not start (scripts/deps/zbar.sh installs it)");
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"zbarimg found no code (exit {process.ExitCode}): {error}");
            return output.Trim();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
