using System.Security.Claims;
using Intranet.StaffDirectory.Models;
using Intranet.StaffDirectory.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.StaffDirectory.Tests;

/// <summary>Each field reaches only the readers its visibility allows, on every surface: results, profile, vCard, CSV.</summary>
public sealed class VisibilityTests : IAsyncLifetime
{
    private readonly DirectoryHarness _h = new();
    private readonly ClaimsPrincipal _colleague = DirectoryHarness.User("dong-nghiep@so-a.test");
    private readonly ClaimsPrincipal _outsider = DirectoryHarness.User("nguoi-ngoai@so-b.test");
    private Person _person = null!;

    public async Task InitializeAsync()
    {
        await _h.InitAsync();
        _h.Members.AddMember("dong-nghiep@so-a.test", "so-a");
        _h.Members.AddMember("nguoi-ngoai@so-b.test", "so-b");
        _person = await _h.AddPersonAsync(_h.SoA, "Trần Thị Bích Hạnh", "hanh@so-a.test", configure: p => p.Input = p.Input with
        {
            Position = "Trưởng phòng",
            OfficePhone = "0290 3802 101",
            Mobile = "0901 123 410",
            Room = "P.201",
            RoomVisibility = FieldVisibility.Hidden,
        });
    }

    [Fact]
    public async Task Defaults_show_the_mobile_to_the_department_only()
    {
        var forColleague = await SearchOneAsync(_colleague);
        var forOutsider = await SearchOneAsync(_outsider);

        Assert.Equal("0901 123 410", forColleague.Mobile);
        Assert.Null(forOutsider.Mobile);
        Assert.Equal("0290 3802 101", forOutsider.OfficePhone);
        Assert.Equal("hanh@so-a.test", forOutsider.Email);
        Assert.Equal("Trưởng phòng", forOutsider.Position);
    }

    [Fact]
    public async Task A_hidden_field_is_absent_for_everyone_everywhere()
    {
        foreach (var reader in new[] { _colleague, _outsider })
        {
            Assert.Null((await SearchOneAsync(reader)).Room);
            var profile = await _h.AsReaderAsync(d => d.ProfileAsync(reader, _h.SoA, _person.Id));
            Assert.Null(profile!.Value.Entry.Room);
            var card = VCardWriter.Write([(profile.Value.Entry, null)]);
            Assert.DoesNotContain("P.201", card, StringComparison.Ordinal);
            var department = await _h.AsReaderAsync(d => d.DepartmentAsync(reader, _h.SoA, null));
            Assert.DoesNotContain("P.201", System.Text.Encoding.UTF8.GetString(DirectoryCsv.Write(department.People)), StringComparison.Ordinal);
        }

        // Not even the index holds it: a hidden value cannot leak through any query.
        var raw = _h.Index.Typeahead("hanh", 5).Items.Single();
        Assert.DoesNotContain(raw.Fields.Values, f => f.Value == "P.201");
    }

    [Fact]
    public async Task Another_departments_department_only_field_stays_out_of_the_profile_and_vcard()
    {
        var profile = (await _h.AsReaderAsync(d => d.ProfileAsync(_outsider, _h.SoA, _person.Id)))!.Value.Entry;
        var card = VCardParser.Parse(VCardWriter.Write([(profile, null)])).Single();

        Assert.Null(profile.Mobile);
        Assert.DoesNotContain(card.Properties, p => p.Value.Contains("0901", StringComparison.Ordinal));
        Assert.Contains(card.Properties, p => p.Name == "TEL" && p.Value == "tel:0290-3802-101");
    }

    [Fact]
    public async Task Changing_a_visibility_takes_effect_in_results_at_once()
    {
        await _h.ChangeAsync(_h.SoA, async s =>
        {
            var p = (await s.FindPersonAsync(_person.Id))!;
            await s.UpdateOwnAsync(p, new SelfProfileInput(p.OfficePhone, p.Mobile, p.Room, FieldVisibility.Hidden, FieldVisibility.Department,
                FieldVisibility.Province, FieldVisibility.Hidden, FieldVisibility.Province));
            return 0;
        });

        var forOutsider = await SearchOneAsync(_outsider);
        Assert.Null(forOutsider.Email);
        Assert.Null(forOutsider.OfficePhone);
        Assert.Equal("0901 123 410", forOutsider.Mobile);
        Assert.Equal("0290 3802 101", (await SearchOneAsync(_colleague)).OfficePhone);
    }

    [Fact]
    public async Task Anonymous_readers_may_not_read_the_directory()
    {
        await using var scope = _h.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DirectoryReaderContext>();
        Assert.False(await context.MayReadAsync(DirectoryHarness.Anonymous));
        Assert.True(await context.MayReadAsync(_outsider));
    }

    private async Task<DirectoryEntry> SearchOneAsync(ClaimsPrincipal reader) =>
        Assert.Single((await _h.AsReaderAsync(d => d.SearchAsync(reader, "hanh", 10, typeahead: true))).Items);

    public async Task DisposeAsync() => await _h.DisposeAsync();
}
