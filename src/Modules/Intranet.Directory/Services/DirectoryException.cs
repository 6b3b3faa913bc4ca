namespace Intranet.StaffDirectory.Services;

/// <summary>A change was refused; <see cref="Errors"/> maps fields to Vietnamese messages safe to show (400/409).</summary>
public sealed class DirectoryException : Exception
{
    public DirectoryException(string message, IReadOnlyDictionary<string, string[]>? errors = null, bool isConflict = false)
        : base(message)
    {
        Errors = errors ?? new Dictionary<string, string[]>();
        IsConflict = isConflict;
    }

    public DirectoryException()
        : this("Dữ liệu không hợp lệ.")
    {
    }

    public DirectoryException(string message, Exception inner)
        : base(message, inner) => Errors = new Dictionary<string, string[]>();

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public bool IsConflict { get; }
}
