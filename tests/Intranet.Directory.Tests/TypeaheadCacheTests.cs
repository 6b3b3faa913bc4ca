using Intranet.StaffDirectory.Models;
using Intranet.StaffDirectory.Services;

namespace Intranet.StaffDirectory.Tests;

/// <summary>
/// The typeahead keeps answers that match many people until the index changes: they must be exactly the computed
/// ones, trimmed for each reader on every use, and a disabled person must leave them at once.
/// </summary>
public sealed class TypeaheadCacheTests : IAsyncLifetime
{
    private static readonly string[] Middles = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh"];
    private static readonly string[] Givens = ["An", "Anh", "Bình", "Hà", "Hạ", "Hạnh", "Hùng", "Lan", "Linh", "Nam", "Nga", "Phong", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Việt", "Yến", "Đức"];
    private static readonly string[] Lasts = ["", "Bảo", "Châu", "Khánh", "Mai", "Ngọc", "Quỳnh", "Thu", "Xuân", "Ý"];

    private readonly DirectoryHarness _h = new();

    public async Task InitializeAsync()
    {
        await _h.InitAsync();
        _h.Members.AddMember("dong-nghiep@so-a.test", "so-a");

        // 1,200 people called Nguyễn (more than the cache threshold), half in each department; person 1 has an account.
        var people = new List<Person>();
        var id = 1;
        foreach (var middle in Middles)
        {
            foreach (var given in Givens)
            {
                foreach (var last in Lasts)
                {
                    people.Add(new Person
                    {
                        Id = id,
                        FullName = $"Nguyễn {middle} {given} {last}".Trim(),
                        Email = $"cb{id}@test.gov.vn",
                        AccountId = $"acc-{id}",
                        Mobile = $"0901 000 {id:000}",
                    });
                    id++;
                }
            }
        }

        Assert.True(people.Count >= ProvinceIndex.CachedFromHits);
        _h.Index.Update(_h.SoA, people.Where(p => p.Id % 2 == 1).Select(p => (p, (string?)"Văn phòng")));
        _h.Index.Update(_h.SoB, people.Where(p => p.Id % 2 == 0).Select(p => (p, (string?)"Văn phòng")));
    }

    [Theory]
    [InlineData("ng")]
    [InlineData("nguyen")]
    [InlineData("Nguyễn")]
    [InlineData("nguyen v")]
    [InlineData("ng t h")]
    [InlineData("ha")]
    [InlineData("Hạ")]
    [InlineData("an nguyen")]
    [InlineData("nguyn")]
    [InlineData("nguyen van an bao")]
    [InlineData("zzz")]
    public void Cached_answers_are_the_computed_answers(string typed)
    {
        var computed = _h.Index.Typeahead(typed, 8, cached: false);
        var first = _h.Index.Typeahead(typed, 8);
        var second = _h.Index.Typeahead(typed, 8);

        foreach (var answer in new[] { first, second })
        {
            Assert.Equal(computed.TotalHits, answer.TotalHits);
            Assert.Equal(computed.Items.Select(i => (i.TenantName, i.PersonId, i.FullName)), answer.Items.Select(i => (i.TenantName, i.PersonId, i.FullName)));
        }
    }

    [Fact]
    public void Only_answers_matching_many_people_are_kept()
    {
        var hitsBefore = _h.Index.TypeaheadCache.Hits;
        _h.Index.Typeahead("nguyen", 8);
        _h.Index.Typeahead("nguyen", 8);
        _h.Index.Typeahead("nguyen van an bao", 8);
        _h.Index.Typeahead("nguyen van an bao", 8);

        Assert.Equal(1, _h.Index.TypeaheadCache.Hits - hitsBefore);
    }

    [Fact]
    public async Task A_disabled_account_leaves_a_cached_answer_at_once()
    {
        var before = await _h.NamesAsync("nguyen");
        var first = _h.Index.Typeahead("nguyen", 20).Items[0];
        Assert.Equal(first.FullName, before[0]);
        Assert.Equal(before, await _h.NamesAsync("nguyen")); // served from the cache

        _h.Index.RemoveAccount($"acc-{first.PersonId}", null);

        var after = await _h.NamesAsync("nguyen");
        Assert.DoesNotContain(_h.Index.Typeahead("nguyen", 20).Items, i => i.TenantName == first.TenantName && i.PersonId == first.PersonId);
        Assert.NotEqual(before[0], after[0]);
        Assert.Equal(before.Skip(1), after.Take(before.Count - 1));
    }

    [Fact]
    public async Task A_cached_answer_is_trimmed_for_each_reader()
    {
        var colleague = DirectoryHarness.User("dong-nghiep@so-a.test");
        var forColleague = await _h.AsReaderAsync(d => d.SearchAsync(colleague, "nguyen", 8, typeahead: true));
        var forOutsider = await _h.AsReaderAsync(d => d.SearchAsync(_h.Reader, "nguyen", 8, typeahead: true));
        var againForColleague = await _h.AsReaderAsync(d => d.SearchAsync(colleague, "nguyen", 8, typeahead: true));

        Assert.Contains(forColleague.Items, e => e.TenantName == "so-a" && e.Mobile is not null);
        Assert.All(forColleague.Items.Where(e => e.TenantName == "so-b"), e => Assert.Null(e.Mobile));
        Assert.All(forOutsider.Items, e => Assert.Null(e.Mobile));
        Assert.Equal(forColleague.Items.Select(e => e.Mobile), againForColleague.Items.Select(e => e.Mobile));
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();
}
