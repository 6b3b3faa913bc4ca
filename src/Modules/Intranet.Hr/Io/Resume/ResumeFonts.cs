using PdfSharp.Fonts;

namespace Intranet.Hr.Io.Resume;

/// <summary>
/// PDFsharp's font source: DejaVu Serif from the system (Debian package <c>fonts-dejavu-core</c>, installed by
/// <c>scripts/deps/fonts.sh</c> and the deploy script), which has every Vietnamese glyph. No font file ships with
/// the product. Italic falls back to a simulated slant when the italic face is missing.
/// </summary>
public sealed class ResumeFonts : IFontResolver
{
    public const string Family = "Intranet Resume";

    private static readonly string[] Folders = ["/usr/share/fonts/truetype/dejavu", "/usr/local/share/fonts/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF"];
    private static readonly Lock Gate = new();
    private static bool _registered;

    private readonly string _folder;

    private ResumeFonts(string folder) => _folder = folder;

    /// <summary>The folder holding DejaVuSerif.ttf, or null when the font package is not installed.</summary>
    public static string? FindFolder() => Folders.FirstOrDefault(f => File.Exists(Path.Combine(f, "DejaVuSerif.ttf")));

    /// <summary>Registers the resolver once per process (PDFsharp's setting is global); false when no font is installed.</summary>
    public static bool EnsureRegistered()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return true;
            }

            if (FindFolder() is not { } folder)
            {
                return false;
            }

            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new ResumeFonts(folder);
            }

            _registered = GlobalFontSettings.FontResolver is ResumeFonts;
            return _registered;
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
        if (File.Exists(Path.Combine(_folder, face + ".ttf")))
        {
            return new FontResolverInfo(face);
        }

        return new FontResolverInfo(bold ? "DejaVuSerif-Bold" : "DejaVuSerif", false, italic);
    }

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine(_folder, faceName + ".ttf"));
}
