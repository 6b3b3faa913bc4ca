using Intranet.Core.Accounts;
using Intranet.StaffDirectory.Models;
using Intranet.StaffDirectory.Services;
using Intranet.Search.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.StaffDirectory.Tests;

/// <summary>The province index follows accounts, departments and rebuilds.</summary>
public sealed class AccountAndIndexTests : IAsyncLifetime
{
    private readonly DirectoryHarness _h = new();

    public async Task InitializeAsync()
    {
        await _h.InitAsync();
        _h.Accounts.Accounts.Add(new AccountInfo("acc-nam", "nam@so-a.test", "Lê Hoàng Nam", "so-a", IsEnabled: true, TwoFactorEnabled: false));
        await _h.AddPersonAsync(_h.SoA, "Lê Hoàng Nam", "nam@so-a.test");
        await _h.AddPersonAsync(_h.SoA, "Nguyễn Văn An");
        await _h.AddPersonAsync(_h.SoB, "Lê Thị Hà");
        await _h.AddPersonAsync(_h.SoB, "Lê Thị Hạ");
    }

    [Fact]
    public async Task A_disabled_account_leaves_the_results_at_once_and_returns_when_enabled()
    {
        var account = _h.Accounts.Accounts[0];
        Assert.Equal(["Lê Hoàng Nam"], await _h.NamesAsync("nam"));

        await using (var scope = _h.Services.CreateAsyncScope())
        {
            foreach (var handler in scope.ServiceProvider.GetServices<IAccountEventHandler>())
            {
                await handler.DisabledAsync(account with { IsEnabled = false }, default);
            }
        }

        Assert.Empty(await _h.NamesAsync("nam"));
        Assert.Null(await _h.AsReaderAsync(d => d.ProfileAsync(_h.Reader, _h.SoA, 1)));
        Assert.DoesNotContain((await _h.AsReaderAsync(d => d.DepartmentAsync(_h.Reader, _h.SoA, null))).People, p => p.FullName == "Lê Hoàng Nam");

        // A rebuild from the databases must not bring them back.
        await RebuildAsync();
        Assert.Empty(await _h.NamesAsync("nam"));

        await using (var scope = _h.Services.CreateAsyncScope())
        {
            foreach (var handler in scope.ServiceProvider.GetServices<IAccountEventHandler>())
            {
                await handler.EnabledAsync(account, default);
            }
        }

        Assert.Equal(["Lê Hoàng Nam"], await _h.NamesAsync("nam"));
    }

    [Fact]
    public async Task A_profile_linked_to_a_disabled_account_is_not_listed_when_created()
    {
        _h.Accounts.Accounts.Add(new AccountInfo("acc-x", "khoa@so-b.test", "Phan Văn Khoa", "so-b", IsEnabled: false, TwoFactorEnabled: false));
        var person = await _h.AddPersonAsync(_h.SoB, "Phan Văn Khoa", "khoa@so-b.test");

        Assert.Equal("acc-x", person.AccountId);
        Assert.Empty(await _h.NamesAsync("khoa"));
    }

    [Fact]
    public async Task A_rebuilt_index_returns_the_same_results_as_before()
    {
        string[] queries = ["le", "Hà", "ha", "an nguyen", "ng v a", "nguyn", "le hoang nam"];
        var before = new List<List<string>>();
        foreach (var q in queries)
        {
            before.Add(await _h.NamesAsync(q));
        }

        var status = await RebuildAsync();

        Assert.Equal(RebuildState.Completed, status.State);
        Assert.Equal(4, status.Done);
        for (var i = 0; i < queries.Length; i++)
        {
            Assert.Equal(before[i], await _h.NamesAsync(queries[i]));
        }
    }

    [Fact]
    public async Task A_department_that_is_disabled_leaves_the_province_directory()
    {
        await using var scope = _h.Services.CreateAsyncScope();
        var events = scope.ServiceProvider.GetServices<Core.Tenants.ITenantEventHandler>().Single();
        await events.StateChangedAsync(_h.SoB with { State = Core.Tenants.TenantState.Disabled }, Core.Tenants.TenantState.Running, default);

        Assert.Empty(await _h.NamesAsync("le thi"));
        await events.StateChangedAsync(_h.SoB, Core.Tenants.TenantState.Disabled, default);
        Assert.Equal(2, (await _h.NamesAsync("le thi")).Count);
    }

    [Fact]
    public async Task A_person_who_left_is_gone_and_a_moved_person_shows_the_new_unit()
    {
        await _h.ChangeAsync(_h.SoA, s => s.CreateUnitAsync(new UnitInput("phong-moi", "Phòng Mới", OrgUnitKind.Phong, null)));
        var an = (await _h.AsReaderAsync(d => d.SearchAsync(_h.Reader, "an nguyen", 5, true))).Items.Single();
        await _h.ChangeAsync(_h.SoA, async s => await s.UpdatePersonAsync(an.PersonId, new PersonInput { FullName = "Nguyễn Văn An", Email = an.Email, UnitId = "phong-moi" }));

        Assert.Equal("Phòng Mới", (await _h.AsReaderAsync(d => d.SearchAsync(_h.Reader, "an nguyen", 5, true))).Items.Single().UnitName);
        Assert.Contains("moved Nguyễn Văn An ->phong-moi", _h.Events.Seen);

        await _h.ChangeAsync(_h.SoA, async s => await s.UpdatePersonAsync(an.PersonId, new PersonInput { FullName = "Nguyễn Văn An", Email = an.Email, IsActive = false }));
        Assert.Empty(await _h.NamesAsync("an nguyen"));
    }

    private async Task<SearchIndexStatus> RebuildAsync() =>
        await _h.Services.GetRequiredService<SearchIndexRebuilder>().RebuildAsync(_h.Host, ProvinceIndex.IndexName);

    public async Task DisposeAsync() => await _h.DisposeAsync();
}
