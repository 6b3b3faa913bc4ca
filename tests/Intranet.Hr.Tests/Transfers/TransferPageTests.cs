using System.Net;
using Intranet.Core.Staff;
using Intranet.Testing;

namespace Intranet.Hr.Tests.Transfers;

/// <summary>The host's transfer page: the form, a bad date answered in Vietnamese, and a transfer done from the form.</summary>
public sealed class TransferPageTests : IClassFixture<ProvinceHarness>
{
    private readonly ProvinceHarness _h;

    public TransferPageTests(ProvinceHarness harness) => _h = harness;

    [Fact]
    public async Task The_transfer_form_refuses_a_bad_date_in_vietnamese_and_transfers_a_good_request()
    {
        var p = await _h.SeedPersonAsync(_h.A, "0400851" + Random.Shared.Next(10000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var browser = _h.Factory.CreateBrowserClient();
        await browser.SignInAsync(_h.HostOfficer, ProvinceHarness.Password);
        var today = DateTime.Now.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        (string, string)[] Fields(string date) =>
        [
            ("FromTenant", _h.A), ("ToTenant", _h.B), ("PersonalId", p.PersonalId), ("EffectiveOn", date), ("Kind", "rotation"),
            ("DecisionNumber", "77/QĐ-UBND"), ("DecisionSigner", "Chủ tịch UBND tỉnh"),
        ];

        var bad = await browser.PostFormAsync("/admin/hr/transfers", "/admin/hr/transfers", Fields("31/02/2026"));
        var good = await browser.PostFormAsync("/admin/hr/transfers", "/admin/hr/transfers", Fields(today));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("dd/MM/yyyy", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var moved = await _h.RecordAsync(_h.B, p.PersonalId);
        Assert.Equal(StaffStatus.Active, moved!.Status);
        Assert.Contains(moved.Postings, x => x.Movement == Models.MovementKind.Rotation);
    }

    [Fact]
    public async Task A_department_officer_gets_403_on_the_province_pages()
    {
        using var browser = _h.Factory.CreateBrowserClient();
        await browser.SignInAsync(_h.DepartmentOfficer, ProvinceHarness.Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/admin/hr/transfers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/admin/hr/province")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/admin/hr/province/{_h.A}")).StatusCode);
    }
}
