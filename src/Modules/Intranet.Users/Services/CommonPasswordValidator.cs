using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Intranet.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace Intranet.Users.Services;

/// <summary>
/// OWASP ASVS 5 (V6.2): at most 128 characters, no composition rules, and no password from a list of the most
/// common ones or made of words from the context (the email's local part, the person's name, the product).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<Account>
{
    public const int MaximumLength = 128;

    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    private static readonly string[] ContextWords = ["intranet", "matkhau", "password", "quantri", "admin"];

    public static int CommonCount => Common.Value.Count;

    public Task<IdentityResult> ValidateAsync(UserManager<Account> manager, Account user, string? password)
    {
        password ??= "";
        var errors = new List<IdentityError>();
        if (password.Length > MaximumLength)
        {
            errors.Add(new IdentityError { Code = "PasswordTooLong", Description = $"Mật khẩu dài tối đa {MaximumLength} ký tự." });
        }
        else if (IsCommon(password))
        {
            errors.Add(new IdentityError { Code = "PasswordTooCommon", Description = "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn một cụm từ dài, khó đoán hơn." });
        }
        else if (ContainsContext(password, user))
        {
            errors.Add(new IdentityError { Code = "PasswordHasContext", Description = "Mật khẩu không được dựa trên email, họ tên của bạn hoặc tên hệ thống." });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    public static bool IsCommon(string password) => Common.Value.Contains(Fold(password));

    /// <summary>A password that is only a context word with a few digits or symbols around it ("nguyenvana2024!").</summary>
    private static bool ContainsContext(string password, Account user)
    {
        var core = Core(Fold(password));
        if (core.Length == 0)
        {
            return false;
        }

        var words = new List<string>(ContextWords);
        if (user.Email is { } email && email.IndexOf('@') is var at and > 0)
        {
            words.Add(Fold(email[..at]));
            words.AddRange(Fold(email[(at + 1)..]).Split('.', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= 4));
        }

        if (!string.IsNullOrWhiteSpace(user.FullName))
        {
            var parts = Fold(user.FullName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            words.Add(string.Concat(parts));
            words.AddRange(parts.Where(p => p.Length >= 4));
        }

        return words.Any(w => w.Length >= 3 && (core == Core(w) || (core.Length <= w.Length + 2 && core.Contains(Core(w), StringComparison.Ordinal))));
    }

    /// <summary>The letters of a password: the context check ignores the digits and symbols people append.</summary>
    private static string Core(string folded) => new([.. folded.Where(char.IsAsciiLetter)]);

    /// <summary>Lower case, Vietnamese marks removed (đ → d), so "Mậtkhẩu123" matches "matkhau123".</summary>
    internal static string Fold(string text)
    {
        var decomposed = Intranet.Core.Text.UnicodeText.Normalize(text.Trim().ToLowerInvariant().Replace('đ', 'd'), NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return Intranet.Core.Text.UnicodeText.Normalize(builder.ToString());
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Intranet.Users.Resources.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(Fold(line));
            }
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
