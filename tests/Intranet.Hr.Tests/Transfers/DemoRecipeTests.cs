using System.Net;
using System.Text.Json;
using Intranet.Core.Staff;
using Intranet.Core.Tenants;
using Intranet.Hr.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Tests.Transfers;

/// <summary>The demo province's <c>hr</c> steps give the HR officer something to do on any day they are installed.</summary>
public sealed class DemoRecipeTests : IClassFixture<DemoRecipeTests.DemoFactory>
{
    private static readonly string[] HrDepartments = ["van-phong-ubnd", "so-noi-vu", "so-tttt"];

    private readonly DemoFactory _factory;

    public DemoRecipeTests(DemoFactory factory) => _factory = factory;

    [Fact]
    public async Task The_demo_departments_have_hr_on_and_records_linked_to_their_accounts()
    {
        var table = _factory.Services.GetRequiredService<ITenantRegistry>().Table;
        Assert.True(table.Host.IsFeatureEnabled(HrFeatures.Province));
        var records = await AllRecordsAsync();

        foreach (var name in HrDepartments)
        {
            Assert.True(table.FindByName(name)!.IsFeatureEnabled(HrFeatures.Department), name);
        }

        Assert.Equal(13, records.Count);
        Assert.All(records, r => Assert.NotNull(r.AccountId));
        Assert.All(records, r => Assert.NotEmpty(r.Salary));
    }

    [Fact]
    public async Task The_demo_has_step_increases_due_within_60_days_retirements_within_12_months_and_one_cccd_warning()
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        var records = await AllRecordsAsync();

        var due = records.Where(r => r.Salary.MaxBy(s => s.EffectiveFrom) is { } s
            && s.StepSince.AddMonths(s.ScaleCode.StartsWith('A') ? 36 : 24) is var d && d >= today && d <= today.AddDays(60)).ToList();
        var retiring = records.Where(r => Retirement(r.BirthDate, r.Sex) is var d && d > today && d <= today.AddMonths(12)).ToList();
        var warnings = records.Where(r => !CenturyDigitMatches(r)).ToList();

        Assert.True(due.Count >= 2, $"due: {due.Count}");
        Assert.True(retiring.Count >= 2, $"retiring: {retiring.Count}");
        Assert.Equal("Phạm Thu Hà", Assert.Single(warnings).FullName);
    }

    [Fact]
    public async Task The_roll_up_counts_the_demo_staff()
    {
        using var admin = await _factory.CreateAdminApiClientAsync();

        var response = await admin.GetAsync("/api/hr/province/rollup");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(13, json.RootElement.GetProperty("total").GetProperty("total").GetInt32());
    }

    // NĐ 135/2020: men 60y3m in 2021 (+3 months a year to 62), women 55y4m in 2021 (+4 months a year to 60); the
    // age that applies is the one of the year in which it is reached.
    private static DateOnly Retirement(DateOnly birth, StaffSex sex)
    {
        for (var year = 2021; year < 2050; year++)
        {
            var months = sex == StaffSex.Male
                ? Math.Min(60 * 12 + 3 + (3 * (year - 2021)), 62 * 12)
                : Math.Min(55 * 12 + 4 + (4 * (year - 2021)), 60 * 12);
            var reached = birth.AddMonths(months);
            if (reached.Year <= year)
            {
                return reached;
            }
        }

        return DateOnly.MaxValue;
    }

    private static bool CenturyDigitMatches(StaffRecord r) =>
        r.PersonalId[3] - '0' == (r.BirthDate.Year >= 2000 ? 2 : 0) + (r.Sex == StaffSex.Female ? 1 : 0)
        && r.PersonalId.Substring(4, 2) == (r.BirthDate.Year % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<List<StaffRecord>> AllRecordsAsync()
    {
        var all = new List<StaffRecord>();
        var table = _factory.Services.GetRequiredService<ITenantRegistry>().Table;
        foreach (var name in HrDepartments)
        {
            using var entered = _factory.Services.GetRequiredService<ITenantAccessor>().Enter(table.FindByName(name)!);
            await using var scope = _factory.Services.CreateAsyncScope();
            all.AddRange(await scope.ServiceProvider.GetRequiredService<HrDbContext>().Records.AsNoTracking().Include(r => r.Salary).ToListAsync());
        }

        return all;
    }

    public sealed class DemoFactory : IntranetFactory
    {
        protected override string DemoRecipe => "demo-province";
    }
}
