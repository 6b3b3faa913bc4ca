using Intranet.Users.Models;

namespace Intranet.Users.Services;

/// <summary>The result of a sign-in step, and the message to show (Vietnamese) when it failed.</summary>
public sealed record SignInOutcome(SignInStatus Status, Account? Account = null)
{
    public bool Succeeded => Status == SignInStatus.Succeeded;

    public string Message => Status switch
    {
        SignInStatus.LockedOut => "Tài khoản tạm thời bị khóa do đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
        SignInStatus.Disabled => "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.",
        SignInStatus.RequiresTwoFactor => "Cần mã xác thực hai lớp.",
        SignInStatus.InvalidSecondFactor => "Mã xác thực không đúng hoặc đã được dùng.",
        // Also the answer while the account is locked: the same words whether the account exists, is locked, or not.
        SignInStatus.Failed => "Email hoặc mật khẩu không đúng. Sau 5 lần sai liên tiếp, tài khoản tạm thời bị khóa 15 phút trên các thiết bị chưa từng đăng nhập vào tài khoản này.",
        _ => "",
    };
}
