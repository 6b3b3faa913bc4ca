using Intranet.Hr.Services.Work;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Intranet.Hr.Tests.Work;

/// <summary>An HR officer opens the step-increase list, records a step increase with its decision, and downloads the résumé PDF.</summary>
public sealed class WorkBrowserTests : IClassFixture<HrBrowserFixture>
{
    private readonly HrBrowserFixture _f;

    public WorkBrowserTests(HrBrowserFixture fixture) => _f = fixture;

    [Fact]
    public async Task Open_the_step_list_record_the_increase_with_its_decision_and_download_the_resume()
    {
        var today = HrToday.From(TimeProvider.System);
        var record = await _f.AddRecordAsync(_f.SoA, "Hoàng Thị Lan", stepSince: today.AddDays(20).AddMonths(-36));
        await using var context = await _f.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _f.BaseAddress.ToString(), AcceptDownloads = true, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Location.Contains("favicon.ico", StringComparison.Ordinal))
            {
                errors.Add(message.Text + " @ " + message.Location);
            }
        };

        await page.GotoAsync($"/account/login?ReturnUrl=%2F{_f.SoA}%2Fadmin%2Fhr%2Fwork");
        await page.FillAsync("input[name=Email]", HrWorkFixture.Email("tccb", _f.SoA));
        await page.FillAsync("input[name=Password]", HrWorkFixture.Password);
        await page.PressAsync("input[name=Password]", "Enter");
        await page.WaitForURLAsync($"**/{_f.SoA}/admin/hr/work");

        // The step list is the first tab; the line shows the due date and the proposed step.
        var row = page.Locator($"tr[data-record='{record.Id}']");
        await Assertions.Expect(row).ToContainTextAsync("Hoàng Thị Lan");
        await Assertions.Expect(row).ToContainTextAsync(today.AddDays(20).ToString("dd/MM/yyyy"));
        await Assertions.Expect(row).ToContainTextAsync("Bậc 4, hệ số 3,33");
        await row.GetByRole(AriaRole.Button, new() { Name = "Lập dự thảo quyết định" }).ClickAsync();

        await page.WaitForURLAsync("**/admin/hr/work/drafts/*");
        await page.FillAsync("#number", "45/QĐ-SNV");
        await page.FillAsync("#signedOn", today.ToString("dd/MM/yyyy"));
        await page.FillAsync("#signer", "Giám đốc Trần Văn Ký");
        await page.PressAsync("#signer", "Enter");

        await page.WaitForURLAsync("**/admin/hr/work?*");
        await Assertions.Expect(page.Locator("#work-message")).ToContainTextAsync("Đã ghi quyết định số 45/QĐ-SNV");
        var rows = await _f.InDepartmentAsync(_f.SoA, db => db.Salary.AsNoTracking().Where(s => s.RecordId == record.Id).OrderBy(s => s.EffectiveFrom).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.Equal(4, rows[1].Step);
        Assert.Equal("45/QĐ-SNV", rows[1].Decision.Number);
        Assert.Equal(today.AddDays(20), rows[1].EffectiveFrom);
        Assert.Equal(0, await row.CountAsync()); // the next step is three years away

        // The résumé is served by the import/export part (/admin/hr/records/{id}/resume.pdf).
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-resume"));
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
