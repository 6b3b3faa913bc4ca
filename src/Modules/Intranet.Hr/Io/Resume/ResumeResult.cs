using Intranet.Hr.Models;

namespace Intranet.Hr.Io.Resume;

/// <summary>The résumé, or why there is none (no permission, no such record in this department).</summary>
public sealed record ResumeResult(ResumeDocument? Document, StaffRecord? Record, bool IsForbidden = false)
{
    public static ResumeResult Forbidden { get; } = new(null, null, true);

    public static ResumeResult NotFound { get; } = new(null, null);

    /// <summary>The download name: "so-yeu-ly-lich-{id}.pdf" (no personal data in a file name).</summary>
    public static string FileName(int id, string extension) => $"so-yeu-ly-lich-{id}.{extension}";
}
