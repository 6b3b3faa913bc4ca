namespace Intranet.Learning.Services.Scorm;

/// <summary>
/// The kinds of file a package may hold: web pages and their scripts, styles, pictures, sound, video, fonts, PDFs
/// and the schema files packages carry. Anything else (executables, server pages, Flash) is refused at upload, and
/// the same list picks the Content-Type when serving, so nothing is ever sniffed or run by the server.
/// </summary>
public static class ScormFileTypes
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json",
        [".xml"] = "application/xml",
        [".xsd"] = "application/xml",
        [".dtd"] = "application/xml-dtd",
        [".txt"] = "text/plain; charset=utf-8",
        [".vtt"] = "text/vtt; charset=utf-8",
        [".srt"] = "text/plain; charset=utf-8",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".svg"] = "image/svg+xml",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
        [".bmp"] = "image/bmp",
        [".mp3"] = "audio/mpeg",
        [".wav"] = "audio/wav",
        [".ogg"] = "audio/ogg",
        [".oga"] = "audio/ogg",
        [".m4a"] = "audio/mp4",
        [".mp4"] = "video/mp4",
        [".m4v"] = "video/mp4",
        [".webm"] = "video/webm",
        [".ogv"] = "video/ogg",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
        [".ttf"] = "font/ttf",
        [".otf"] = "font/otf",
        [".eot"] = "application/vnd.ms-fontobject",
        [".pdf"] = "application/pdf",
        [".map"] = "application/json",
    };

    public static bool IsAllowed(string path) => ContentType(path) is not null;

    public static string? ContentType(string path) => Types.GetValueOrDefault(Path.GetExtension(path));

    /// <summary>The allowed extensions, for the message.</summary>
    public static string Listed => string.Join(", ", Types.Keys.Order(StringComparer.Ordinal));
}
