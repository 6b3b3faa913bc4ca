using Microsoft.AspNetCore.Identity;

namespace Intranet.Users.Services;

/// <summary>Identity's messages in Vietnamese, the language of the UI and of API problem details.</summary>
public sealed class VietnameseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Không thực hiện được thao tác. Vui lòng thử lại." };

    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Tài khoản vừa được người khác thay đổi. Vui lòng tải lại và thử lại." };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Mật khẩu không đúng." };

    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = "Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn." };

    public override IdentityError RecoveryCodeRedemptionFailed() => new() { Code = nameof(RecoveryCodeRedemptionFailed), Description = "Mã khôi phục không đúng hoặc đã được dùng." };

    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"Tên đăng nhập '{userName}' không hợp lệ." };

    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = $"Địa chỉ email '{email}' không hợp lệ." };

    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Đã có tài khoản với email '{userName}'." };

    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"Đã có tài khoản với email '{email}'." };

    public override IdentityError UserAlreadyHasPassword() => new() { Code = nameof(UserAlreadyHasPassword), Description = "Tài khoản đã có mật khẩu." };

    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Mật khẩu phải có ít nhất {length} ký tự." };
}
