namespace Intranet.Core.Uploads;

/// <summary>
/// Entry names a package may use. A name is later a path (SCORM packages are extracted), so anything that could
/// leave the target folder or mean different files on different systems is refused.
/// </summary>
public static class ZipEntryNames
{
    public const int MaxLength = 260;

    /// <summary>Null when the name is acceptable, else the Vietnamese reason.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0 || name.Length > MaxLength)
        {
            return "tên rỗng hoặc quá dài";
        }

        if (name.Any(char.IsControl))
        {
            return "tên chứa ký tự điều khiển";
        }

        if (name[0] == '/' || name.Contains('\\', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal))
        {
            return "tên là đường dẫn tuyệt đối hoặc có ký tự '\\' hay ':'";
        }

        if (name.Split('/').Any(segment => segment == ".."))
        {
            return "tên trỏ ra ngoài gói (có đoạn '..')";
        }

        return null;
    }

    /// <summary>
    /// The full path of an entry under <paramref name="root"/>, for extracting; refuses a name that would land
    /// outside the root even after the checks above (defence in depth).
    /// </summary>
    public static string PathUnder(string root, string entryName)
    {
        if (Problem(entryName) is { } problem)
        {
            throw new UploadRejectedException($"Gói có mục '{Printable(entryName)}' không được phép: {problem}.");
        }

        var fullRoot = Path.GetFullPath(root);
        var path = Path.GetFullPath(Path.Combine(fullRoot, entryName));
        var prefix = fullRoot.EndsWith(Path.DirectorySeparatorChar) ? fullRoot : fullRoot + Path.DirectorySeparatorChar;
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new UploadRejectedException($"Gói có mục '{Printable(entryName)}' trỏ ra ngoài thư mục giải nén.");
        }

        return path;
    }

    /// <summary>The name as it can be shown in a message: control characters replaced, at most 100 characters.</summary>
    public static string Printable(string name)
    {
        var shown = new string([.. name.Take(100).Select(c => char.IsControl(c) ? '?' : c)]);
        return name.Length > 100 ? shown + "…" : shown;
    }
}
