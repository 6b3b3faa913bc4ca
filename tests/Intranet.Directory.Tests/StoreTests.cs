using Intranet.Core.Recipes;
using Intranet.StaffDirectory.Models;
using Intranet.StaffDirectory.Recipes;
using Intranet.StaffDirectory.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.StaffDirectory.Tests;

/// <summary>Units and profiles keep their rules, changes are announced, and nothing is half-written.</summary>
public sealed class StoreTests : IAsyncLifetime
{
    private readonly DirectoryHarness _h = new();

    public Task InitializeAsync() => _h.InitAsync();

    [Fact]
    public async Task A_unit_cannot_become_its_own_ancestor_and_a_non_empty_unit_cannot_be_deleted()
    {
        await _h.ChangeAsync(_h.SoA, async s =>
        {
            await s.CreateUnitAsync(new UnitInput("trung-tam", "Trung tâm", OrgUnitKind.TrungTam, null));
            return await s.CreateUnitAsync(new UnitInput("to-mot-cua", "Tổ một cửa", OrgUnitKind.To, "trung-tam"));
        });

        var cycle = await Assert.ThrowsAsync<DirectoryException>(() =>
            _h.ChangeAsync(_h.SoA, s => s.UpdateUnitAsync(new UnitInput("trung-tam", "Trung tâm", OrgUnitKind.TrungTam, "to-mot-cua"))));
        Assert.Contains("parent", cycle.Errors.Keys);

        var notEmpty = await Assert.ThrowsAsync<DirectoryException>(() => _h.ChangeAsync(_h.SoA, s => s.DeleteUnitAsync("trung-tam")));
        Assert.True(notEmpty.IsConflict);

        var reserved = await Assert.ThrowsAsync<DirectoryException>(() => _h.ChangeAsync(_h.SoA, s => s.CreateUnitAsync(new UnitInput("chart", "Sơ đồ", OrgUnitKind.Ban, null))));
        Assert.Contains("id", reserved.Errors.Keys);

        Assert.True(await _h.ChangeAsync(_h.SoA, s => s.DeleteUnitAsync("to-mot-cua")));
        Assert.Equal(["saved so-a/trung-tam Trung tâm", "saved so-a/to-mot-cua Tổ một cửa", "removed so-a/to-mot-cua"], _h.Events.Seen);
    }

    [Fact]
    public async Task A_duplicate_email_is_a_conflict_and_bad_fields_are_named()
    {
        await _h.AddPersonAsync(_h.SoA, "Lê Văn A", "a@so-a.test");

        var duplicate = await Assert.ThrowsAsync<DirectoryException>(() => _h.AddPersonAsync(_h.SoA, "Lê Văn B", "A@so-a.test"));
        Assert.True(duplicate.IsConflict);

        var bad = await Assert.ThrowsAsync<DirectoryException>(() => _h.AddPersonAsync(_h.SoA, " ", "khong-phai-email", configure: p => p.Input = p.Input with { Mobile = "gọi tôi" }));
        Assert.Equal(["email", "fullName", "mobile"], bad.Errors.Keys.Order());
    }

    [Fact]
    public async Task A_rolled_back_change_never_reaches_the_index()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _h.ChangeAsync<int>(_h.SoA, async s =>
        {
            await s.CreatePersonAsync(new PersonInput { FullName = "Đinh Công Tráng", Email = "trang@so-a.test" });
            throw new InvalidOperationException("a later step failed");
        }));

        Assert.Empty(await _h.NamesAsync("trang"));
        Assert.Equal(0, await _h.ChangeAsync(_h.SoA, s => s.Db.People.CountAsync()));
    }

    [Fact]
    public async Task Recipe_steps_create_units_parents_first_and_people_by_email()
    {
        var recipe = """
        {"name":"t","steps":[
          {"name":"units","units":[{"id":"to-mot-cua","name":"Tổ tiếp nhận hồ sơ","kind":"to","parent":"trung-tam"},
                                   {"id":"trung-tam","name":"Trung tâm Phục vụ hành chính công","kind":"trung-tam","parent":null}]},
          {"name":"people","people":[{"email":"ha@so-a.test","fullName":"Phạm Thu Hà","unit":"to-mot-cua","position":"Chuyên viên","officePhone":"0290 3802 103","mobile":"0903 123 430","room":"P.203"}]}
        ]}
        """;
        using var doc = System.Text.Json.JsonDocument.Parse(recipe);
        var steps = doc.RootElement.GetProperty("steps").EnumerateArray().Select((e, i) => new RecipeStep(i + 1, e.GetProperty("name").GetString()!, e.Clone())).ToList();

        // As the RecipeExecutor runs steps: the tenant entered, one scope, one shared transaction, committed at the end.
        using (_h.Services.GetRequiredService<Core.Tenants.ITenantAccessor>().Enter(_h.SoA))
        {
            await using var scope = _h.Services.CreateAsyncScope();
            var transaction = scope.ServiceProvider.GetRequiredService<Core.Data.DataTransactionScope>();
            transaction.Begin();
            var context = new RecipeExecutionContext(_h.SoA, scope.ServiceProvider, new Dictionary<string, string>());
            foreach (var step in steps)
            {
                var handler = scope.ServiceProvider.GetServices<IRecipeStepHandler>().Single(x => x.StepName == step.Name);
                Assert.Empty(handler.Validate(step));
                await handler.ExecuteAsync(step, context, default);
            }

            Assert.Empty(await _h.NamesAsync("pham ha")); // not in the index before the commit
            await transaction.CommitAsync();
        }

        var ha = Assert.Single((await _h.AsReaderAsync(d => d.SearchAsync(_h.Reader, "pham ha", 5, true))).Items);
        Assert.Equal(("Tổ tiếp nhận hồ sơ", "Chuyên viên", null), (ha.UnitName, ha.Position, ha.Mobile));

        var bad = new RecipeStep(1, "people", System.Text.Json.JsonDocument.Parse("""{"people":[{"fullName":"X","email":"x"}]}""").RootElement);
        Assert.NotEmpty(new PeopleStep().Validate(bad));
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();
}
