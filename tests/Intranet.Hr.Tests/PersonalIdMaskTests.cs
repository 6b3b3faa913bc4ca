using Intranet.Hr.Services;

namespace Intranet.Hr.Tests;

public sealed class PersonalIdMaskTests
{
    [Fact]
    public void A_listed_personal_id_shows_only_the_province_code_and_the_last_three_digits()
    {
        Assert.Equal("001••••••789", PersonalIdMask.Mask("001085123789"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    public void A_missing_or_short_number_reveals_nothing(string? id)
    {
        Assert.Equal("•••", PersonalIdMask.Mask(id));
    }
}
