using Intranet.Hr.Rules;

namespace Intranet.Hr.Tests.Rules;

/// <summary>The shipped code lists: every list names its source; the base salary series (hr-law-fixtures.md §5).</summary>
public sealed class ShippedCodeListsTests
{
    private static CodeListSet Set => ShippedCodeLists.Set;

    [Theory]
    [InlineData("2004-10-01", 290_000)]
    [InlineData("2013-06-30", 1_050_000)]
    [InlineData("2013-07-01", 1_150_000)]
    [InlineData("2016-05-01", 1_210_000)]
    [InlineData("2019-07-01", 1_490_000)]
    [InlineData("2022-12-31", 1_490_000)]
    [InlineData("2023-07-01", 1_800_000)]
    [InlineData("2024-07-01", 2_340_000)]
    [InlineData("2026-06-30", 2_340_000)]
    [InlineData("2026-07-01", 2_530_000)]
    [InlineData("2030-01-01", 2_530_000)]
    public void The_base_salary_is_the_one_in_force_on_the_day(string day, int amount)
    {
        Assert.Equal(amount, Set.BaseSalaryOn(DateOnly.Parse(day))?.Amount);
    }

    [Fact]
    public void The_2026_base_salary_is_the_decrees_figure_not_a_computed_8_percent()
    {
        var salary = Set.BaseSalaryOn(new DateOnly(2026, 7, 1))!;

        Assert.Equal(2_530_000m, salary.Amount);
        Assert.NotEqual(2_340_000m * 1.08m, salary.Amount);
        Assert.Equal("NĐ 161/2026/NĐ-CP", salary.Instrument);
    }

    [Fact]
    public void Before_the_series_there_is_no_base_salary()
    {
        Assert.Null(Set.BaseSalaryOn(new DateOnly(2004, 9, 30)));
    }

    [Fact]
    public void Every_list_has_a_source_a_version_and_entries_with_unique_codes()
    {
        Assert.NotEmpty(Set.Lists);
        foreach (var list in Set.Lists)
        {
            Assert.False(string.IsNullOrWhiteSpace(list.Source), list.Key);
            Assert.False(string.IsNullOrWhiteSpace(list.Version), list.Key);
            Assert.NotEmpty(list.Items);
            Assert.Equal(list.Items.Count, list.Items.Select(i => i.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
    }

    [Theory]
    [InlineData(CodeListKeys.Religions, "Không", "00")]
    [InlineData(CodeListKeys.Religions, "phật giáo hoà hảo", "03")]
    [InlineData(CodeListKeys.Religions, "14", "14")]
    [InlineData(CodeListKeys.InformationTechnology, "CNTT cơ bản", "co-ban")]
    [InlineData(CodeListKeys.InformationTechnology, "Tin học B", "B")]
    [InlineData(CodeListKeys.PoliticalTheory, "Cao cấp", "cao-cap")]
    [InlineData(CodeListKeys.StateManagement, "Chuyên viên chính", "chuyen-vien-chinh")]
    [InlineData(CodeListKeys.LanguageLevel, "Bậc 3", "B1")]
    [InlineData(CodeListKeys.Education, "Thạc sĩ", "thac-si")]
    public void Entries_are_found_by_code_name_or_alias(string key, string text, string code)
    {
        Assert.Equal(code, Set.Find(key, text)?.Code);
    }

    [Fact]
    public void A_name_differing_only_in_accents_is_a_different_entry()
    {
        Assert.Null(Set.Find(CodeListKeys.Religions, "Phat giao"));
    }

    [Theory]
    [InlineData("01", "01")]
    [InlineData("04", "06")]   // 1979 Hoa is 2008 06
    [InlineData("06", "04")]   // 1979 Mường is 2008 04
    [InlineData("05", "05")]
    [InlineData("12", "11")]   // Ê-đê
    public void A_1979_ethnic_code_maps_to_its_2008_code(string code1979, string code2008)
    {
        var mapped = Set.Ethnic2008From1979(code1979);

        Assert.Equal(code2008, mapped?.Code);
        Assert.True(CodeNames.Same(Set.Find(CodeListKeys.Ethnic1979, code1979)!.Name, mapped!.Name)
            || mapped.Aliases.Any(a => Set.Find(CodeListKeys.Ethnic1979, code1979)!.Aliases.Contains(a)));
    }

    [Fact]
    public void The_two_ethnic_editions_conflict_on_code_04_and_keep_both()
    {
        Assert.Equal("Hoa (Hán)", Set.Find(CodeListKeys.Ethnic1979, "04")?.Name);
        Assert.Equal("Mường", Set.Find(CodeListKeys.Ethnic2008, "04")?.Name);
        Assert.Equal("05", Set.Find(CodeListKeys.Ethnic2008, "Khmer")?.Code);
        Assert.Equal("08", Set.Find(CodeListKeys.Ethnic2008, "H'Mông")?.Code);
        Assert.Null(Set.Ethnic2008From1979("11"));   // Ngái: its 2008 code is not in the verified part
    }
}
