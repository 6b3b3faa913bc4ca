namespace Intranet.Users.Services;

/// <summary>
/// Two requests changed the same role at once (one created it first, or deleted it first). Answered 409 in the API
/// and as a form error on the page: nothing is lost, the user reloads and sees the role as it is now.
/// </summary>
public sealed class RoleConflictException : Exception
{
    public const string DefaultMessage = "Vai trò này vừa được thay đổi bởi một yêu cầu khác (tạo, sửa hoặc xóa cùng lúc); hãy tải lại trang và thử lại.";

    public RoleConflictException()
        : base(DefaultMessage)
    {
    }

    public RoleConflictException(string message)
        : base(message)
    {
    }

    public RoleConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
