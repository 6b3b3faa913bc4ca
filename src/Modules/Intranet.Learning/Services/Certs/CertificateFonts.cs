using PdfSharp.Fonts;

namespace Intranet.Learning.Services.Certs;

/// <summary>
/// PDFsharp's font source for certificates: DejaVu Serif from the system (Debian <c>fonts-dejavu-core</c>, installed by
/// <c>scripts/deps/fonts.sh</c>), which has every Vietnamese glyph, as HR's résumé uses. PDFsharp allows one resolver
/// per process: whichever module registers first wins, and both resolvers map every family name to DejaVu Serif, so
/// either serves the other's documents.
/// </summary>
internal sealed class CertificateFonts : IFontResolver
{
    public const string Family = "Intranet Certificate";

    private static readonly string[] Folders = ["/usr/share/fonts/truetype/dejavu", "/usr/local/share/fonts/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF"];
    private static readonly Lock Gate = new();
    private static bool _ready;

    private readonly string _folder;

    private CertificateFonts(string folder) => _folder = folder;

    /// <summary>False when no DejaVu font is installed (or another resolver that cannot give our family is in place).</summary>
    public static bool EnsureRegistered()
    {
        lock (Gate)
        {
            if (_ready)
            {
                return true;
            }

            if (GlobalFontSettings.FontResolver is null)
            {
                if (Folders.FirstOrDefault(f => File.Exists(Path.Combine(f, "DejaVuSerif.ttf"))) is not { } folder)
                {
                    return false;
                }

                GlobalFontSettings.FontResolver = new CertificateFonts(folder);
            }

            _ready = GlobalFontSettings.FontResolver.ResolveTypeface(Family, false, false) is not null;
            return _ready;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var face = (bold, italic) switch
        {
            (true, true) => "DejaVuSerif-BoldItalic",
            (true, false) => "DejaVuSerif-Bold",
            (false, true) => "DejaVuSerif-Italic",
            _ => "DejaVuSerif",
        };
        return File.Exists(Path.Combine(_folder, face + ".ttf"))
            ? new FontResolverInfo(face)
            : new FontResolverInfo(bold ? "DejaVuSerif-Bold" : "DejaVuSerif", false, italic);
    }

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine(_folder, faceName + ".ttf"));
}
