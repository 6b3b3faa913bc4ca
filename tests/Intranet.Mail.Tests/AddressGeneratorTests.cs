using Intranet.Mail.Services;

namespace Intranet.Mail.Tests;

public sealed class AddressGeneratorTests
{
    [Theory]
    [InlineData("Nguyễn Văn An", "{full}", "nguyenvanan")]
    [InlineData("Nguyễn Văn An", "{given}{initials}", "annv")]
    [InlineData("Đặng Thị Đào", "{full}", "dangthidao")]
    [InlineData("Trần   Thị  Bích Ngọc", "{given}{initials}", "ngocttb")]
    [InlineData("Lê Anh", "{given}.{family}", "anh.le")]
    [InlineData("Phạm Quốc Việt", "{family}.{given}", "pham.viet")]
    [InlineData("Ông Thị Ưng", "{full}", "ongthiung")]
    [InlineData("!!!", "{full}", "canbo")]
    public void Base_FoldsVietnameseNames_WithThePattern(string name, string pattern, string expected) =>
        Assert.Equal(expected, MailAddressGenerator.Base(name, pattern));

    [Fact]
    public void Base_HandlesDecomposedDiacritics_LikePrecomposed() =>
        Assert.Equal("nguyenvanan", MailAddressGenerator.Base("Nguyễn Văn An".Normalize(System.Text.NormalizationForm.FormD)));

    [Fact]
    public async Task FirstFree_AddsTheLowestFreeNumber_AndSkipsReservedNames()
    {
        var taken = new HashSet<string> { "nguyenvanan", "nguyenvanan2" };
        Assert.Equal("nguyenvanan3", await MailAddressGenerator.FirstFreeAsync("nguyenvanan", c => Task.FromResult(taken.Contains(c))));
        Assert.Equal("postmaster2", await MailAddressGenerator.FirstFreeAsync("postmaster", _ => Task.FromResult(false)));
    }

    [Theory]
    [InlineData("{full}")]
    [InlineData("{given}{initials}")]
    public void ValidatePattern_AcceptsKnownTokens(string pattern) => MailAddressGenerator.ValidatePattern(pattern);

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("{given} {family}")]
    [InlineData("{full}@x")]
    public void ValidatePattern_RefusesPatternsThatCannotMakeAnAddress(string pattern) =>
        Assert.Throws<MailValidationException>(() => MailAddressGenerator.ValidatePattern(pattern));

    [Theory]
    [InlineData("An@So.Test", "an@so.test")]
    [InlineData(" van.thu@sotttt.tinh.gov.vn ", "van.thu@sotttt.tinh.gov.vn")]
    public void Normalize_LowerCasesAndTrims(string input, string expected) => Assert.Equal(expected, MailAddress.Normalize(input));

    [Theory]
    [InlineData("khong-co-a-cong")]
    [InlineData("an@")]
    [InlineData("@so.test")]
    [InlineData("nguyễn@so.test")]
    [InlineData("an..binh@so.test")]
    [InlineData("an@so")]
    [InlineData("an@-so.test")]
    public void Normalize_RefusesInvalidAddresses_WithAVietnameseMessage(string input)
    {
        var error = Assert.Throws<MailValidationException>(() => MailAddress.Normalize(input));
        Assert.Contains("không hợp lệ", error.Message, StringComparison.Ordinal);
    }
}
