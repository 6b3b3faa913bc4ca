using System.Text;
using Intranet.StaffDirectory.Services;

namespace Intranet.StaffDirectory.Tests;

/// <summary>Finding a colleague however the name is typed: marks or none, composed or decomposed, any order, prefixes, a typo.</summary>
public sealed class ProvinceSearchTests : IAsyncLifetime
{
    private readonly DirectoryHarness _h = new();

    public async Task InitializeAsync()
    {
        await _h.InitAsync();
        await _h.AddPersonAsync(_h.SoA, "Nguyễn Văn An");
        await _h.AddPersonAsync(_h.SoA, "Lê Thị Hạ");
        await _h.AddPersonAsync(_h.SoB, "Lê Thị Hà");
        await _h.AddPersonAsync(_h.SoB, "Trương Văn Đức");
        await _h.AddPersonAsync(_h.SoB, "Đặng Thị Hồng Nhung");
        // Stored decomposed, as some input methods and copy-pastes produce it.
        await _h.AddPersonAsync(_h.SoA, "Phạm Minh Tuấn".Normalize(NormalizationForm.FormD));
    }

    [Theory]
    [InlineData("nguyen van an")]
    [InlineData("Nguyễn Văn An")]
    [InlineData("an nguyen")]
    [InlineData("ng v a")]
    [InlineData("AN NGUYỄN")]
    public async Task A_name_is_found_with_or_without_marks_in_any_order_and_as_prefixes(string typed)
    {
        Assert.Equal("Nguyễn Văn An", (await _h.NamesAsync(typed)).First());
    }

    [Fact]
    public async Task Decomposed_input_finds_a_composed_name_and_the_other_way_round()
    {
        Assert.Contains("Đặng Thị Hồng Nhung", await _h.NamesAsync("Đặng Nhung".Normalize(NormalizationForm.FormD)));
        Assert.Contains("Trương Văn Đức", await _h.NamesAsync("trương đức".Normalize(NormalizationForm.FormD)));
        var decomposedStored = await _h.NamesAsync("Phạm Tuấn");
        Assert.Single(decomposedStored);
        Assert.True(decomposedStored[0].Normalize(NormalizationForm.FormC) == "Phạm Minh Tuấn");
        Assert.Single(await _h.NamesAsync("pham tuan"));
    }

    [Fact]
    public async Task An_exact_diacritic_match_ranks_first()
    {
        Assert.Equal(["Lê Thị Hà", "Lê Thị Hạ"], await _h.NamesAsync("Hà"));
        Assert.Equal(["Lê Thị Hạ", "Lê Thị Hà"], await _h.NamesAsync("Hạ"));
        Assert.Equal(2, (await _h.NamesAsync("le ha")).Count);
    }

    [Theory]
    [InlineData("nguyn")]
    [InlineData("nguyem van")]
    public async Task One_typo_is_forgiven(string typed)
    {
        Assert.Contains("Nguyễn Văn An", await _h.NamesAsync(typed));
    }

    [Fact]
    public async Task Nothing_that_does_not_match_every_word()
    {
        Assert.Empty(await _h.NamesAsync("nguyen nhung"));
        Assert.Empty(await _h.NamesAsync("   "));
    }

    [Fact]
    public async Task The_results_page_also_matches_units_and_the_department_is_named()
    {
        await _h.ChangeAsync(_h.SoA, s => s.CreateUnitAsync(new UnitInput("phong-ke-toan", "Phòng Kế toán", Models.OrgUnitKind.Phong, null)));
        await _h.AddPersonAsync(_h.SoA, "Vũ Thị Lan", unit: "phong-ke-toan");

        var found = await _h.AsReaderAsync(d => d.SearchAsync(_h.Reader, "ke toan", 10, typeahead: false));

        var lan = Assert.Single(found.Items);
        Assert.Equal("Phòng Kế toán", lan.UnitName);
        Assert.Equal("Sở Tài chính", lan.TenantDisplayName);
    }

    [Theory]
    [InlineData("name:(nguyen")]
    [InlineData("mobile:0900")]
    public async Task Bad_advanced_syntax_is_a_syntax_error_not_a_crash(string typed)
    {
        Assert.True(ProvinceDirectory.LooksAdvanced(typed));
        await Assert.ThrowsAsync<Search.Services.SearchSyntaxException>(() => _h.AsReaderAsync(d => d.AdvancedSearchAsync(_h.Reader, typed, 10)));
    }

    [Fact]
    public async Task Advanced_syntax_searches_the_allowed_fields()
    {
        var found = await _h.AsReaderAsync(d => d.AdvancedSearchAsync(_h.Reader, "name:duc OR name:nhung", 10));
        Assert.Equal(2, found.Items.Count);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();
}
