namespace Intranet.Core.Uploads;

/// <summary>
/// An uploaded file that cannot or may not be read: too big, malformed, hostile. The message is Vietnamese and
/// names the problem, for the user; controllers answer it with 422 (problem+json in the API, a form error in the UI).
/// </summary>
public sealed class UploadRejectedException : Exception
{
    public UploadRejectedException(string message, int? line = null, Exception? inner = null)
        : base(message, inner) => Line = line;

    /// <summary>The row or line of the file where the problem is, when known (1-based).</summary>
    public int? Line { get; }
}
