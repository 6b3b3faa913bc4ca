using Intranet.Core.Validation;

namespace Intranet.ApiRules.Tests;

/// <summary>S13: the one rule for names, character by character.</summary>
public sealed class NameRuleTests
{
    [Theory]
    [InlineData("Nguyễn Thị Hạnh")]
    [InlineData("Phòng Tổ chức – Hành chính (P.TCHC)")]
    [InlineData("Sở Thông tin và Truyền thông")]
    [InlineData("O'Brien-Đặng")]
    [InlineData("👩‍💻 Nhóm số hoá")] // the emoji uses a zero-width joiner, which stays allowed
    [InlineData("")]
    public void OrdinaryNames_AreAccepted(string name) => Assert.True(NameRule.IsValid(name));

    [Theory]
    [InlineData("a\u0000b")]
    [InlineData("probe\r\nBcc: evil@example.com")]
    [InlineData("tab\there")]
    [InlineData("del\u007F")]
    [InlineData("c1\u0085")]
    [InlineData("gpj\u202Eexe.")]
    [InlineData("\u202Atrái")]
    [InlineData("\u2066isolate\u2069")]
    [InlineData("mark\u200F")]
    [InlineData("zero\u200Bwidth")]
    [InlineData("bom\uFEFF")]
    [InlineData("line\u2028separator")]
    public void ControlBidiAndInvisibleCharacters_AreRefused(string name)
    {
        Assert.False(NameRule.IsValid(name));
        var message = NameRule.Check(name, "Họ và tên")!;
        Assert.StartsWith("Họ và tên chứa ký tự không được phép (U+", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALoneSurrogate_IsRefused()
    {
        var text = "lone" + (char)0xD800 + "surrogate"; // built here: test data serialisation would replace it
        Assert.False(NameRule.IsValid(text));
    }

    [Fact]
    public void MultilineTexts_AllowLineBreaksAndTabs_ButNothingElse()
    {
        Assert.True(NameRule.IsValid("Dòng một\r\nDòng hai\tcột", multiline: true));
        Assert.False(NameRule.IsValid("Dòng một\u0000", multiline: true));
        Assert.False(NameRule.IsValid("Dòng \u202E một", multiline: true));
    }

    [Fact]
    public void TheAttribute_ReportsTheField()
    {
        var context = new System.ComponentModel.DataAnnotations.ValidationContext(new object()) { MemberName = "FullName", DisplayName = "Họ và tên" };
        var result = new NameAttribute().GetValidationResult("a\u0000b", context);
        Assert.NotNull(result);
        Assert.Equal(["FullName"], result!.MemberNames);
        Assert.Null(new NameAttribute().GetValidationResult("Nguyễn Văn A", context));
    }
}
