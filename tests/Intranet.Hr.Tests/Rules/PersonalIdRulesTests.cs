using Intranet.Core.Staff;
using Intranet.Hr.Rules;

namespace Intranet.Hr.Tests.Rules;

/// <summary>The personal ID number (hr-law-fixtures.md §4): a malformed number blocks, a mismatch only warns.</summary>
public sealed class PersonalIdRulesTests
{
    [Fact]
    public void A_well_formed_number_that_matches_the_record_has_no_warning()
    {
        foreach (var check in new[]
        {
            PersonalIdRules.Check("079085001234", new DateOnly(1985, 3, 2), StaffSex.Male),
            PersonalIdRules.Check("001305000001", new DateOnly(2005, 12, 1), StaffSex.Female),
        })
        {
            Assert.True(check.IsWellFormed);
            Assert.Null(check.Error);
            Assert.Empty(check.Warnings);
        }
    }

    [Fact]
    public void Without_a_birth_date_or_sex_only_the_number_itself_is_checked()
    {
        var check = PersonalIdRules.Check("001085123789", null, null);

        Assert.True(check.IsWellFormed);
        Assert.Empty(check.Warnings);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("07908500123")]
    [InlineData("0790850012345")]
    [InlineData("07908500123A")]
    [InlineData(" 79085001234")]
    [InlineData("079-85001234")]
    [InlineData("٠٧٩٠٨٥٠٠١٢٣٤")]
    public void Anything_but_12_ascii_digits_is_an_error_that_blocks(string? id)
    {
        var check = PersonalIdRules.Check(id, null, null);

        Assert.False(check.IsWellFormed);
        Assert.Contains("12 chữ số", check.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("003085001234")]
    [InlineData("099085001234")]
    [InlineData("000085001234")]
    public void An_unknown_province_code_warns_but_does_not_block(string id)
    {
        var check = PersonalIdRules.Check(id, new DateOnly(1985, 1, 1), StaffSex.Male);

        Assert.True(check.IsWellFormed);
        Assert.Null(check.Error);
        Assert.Contains(check.Warnings, w => w.Contains(id[..3], StringComparison.Ordinal) && w.Contains("TT 07/2016", StringComparison.Ordinal));
    }

    [Fact]
    public void All_63_province_codes_are_known()
    {
        Assert.Equal(63, ProvinceCodes.Names.Count);
        Assert.Equal("Hà Nội", ProvinceCodes.Names["001"]);
        Assert.Equal("TP. Hồ Chí Minh", ProvinceCodes.Names["079"]);
        Assert.Equal("Cà Mau", ProvinceCodes.Names["096"]);
        Assert.False(ProvinceCodes.Names.ContainsKey("003"));
    }

    [Theory]
    [InlineData("079085001234", 1986, StaffSex.Male, "1985")]   // year digits differ
    [InlineData("079285001234", 1985, StaffSex.Male, "2085")]   // century digit says 21st century
    [InlineData("079105001234", 1905, StaffSex.Male, "nữ")]     // digit 1 = female, 20th century
    [InlineData("079085001234", 1985, StaffSex.Female, "nam")]  // digit 0 = male
    [InlineData("001305000001", 2005, StaffSex.Male, "nữ")]     // digit 3 = female, 21st century
    public void A_century_year_or_sex_mismatch_warns_in_vietnamese_but_does_not_block(string id, int birthYear, StaffSex sex, string shown)
    {
        var check = PersonalIdRules.Check(id, new DateOnly(birthYear, 6, 1), sex);

        Assert.True(check.IsWellFormed);
        Assert.Null(check.Error);
        var warning = Assert.Single(check.Warnings);
        Assert.Contains(shown, warning, StringComparison.Ordinal);
        Assert.Contains("số định danh", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_mismatches_give_two_warnings()
    {
        Assert.Equal(2, PersonalIdRules.Check("079085001234", new DateOnly(1990, 1, 1), StaffSex.Female).Warnings.Count);
    }
}
