using Intranet.Core.Staff;
using Intranet.Core.Tenants;
using Intranet.Hr.Models;
using Intranet.Hr.Rules;
using Intranet.Hr.Services.Records;
using Intranet.Hr.Services.Rules;
using Intranet.Hr.Services.Work;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Tests.Work;

/// <summary>
/// The step due date and retirement date kept on the record (the work lists' index) follow every change of what
/// they are computed from: a salary change, a failed rating, a discipline — written through the records' real write
/// path — and a new code-list version of the salary scales. Own fixture: the code-list change is host-wide.
/// </summary>
public sealed class StoredDatesTests : IClassFixture<HrWorkFixture>
{
    private static readonly DateOnly Since = new(2024, 2, 1);
    private readonly HrWorkFixture _f;

    public StoredDatesTests(HrWorkFixture fixture) => _f = fixture;

    [Fact]
    public async Task The_stored_due_date_follows_a_salary_change_a_failed_rating_and_a_discipline()
    {
        var record = await _f.AddRecordAsync(_f.SoA, "Lưu Ngày Hạn", stepSince: Since);
        Assert.Equal(Since.AddMonths(36), (await StoredAsync(record.Id)).NextStepDue);

        // A step increase from 01/02/2025: the next one counts 36 months from it.
        var newSince = Since.AddYears(1);
        await WriteAsync(w => w.AddRowAsync(record.Id, CareerKind.Salary, new CareerRowInput
        {
            EffectiveFrom = Iso(newSince), StepSince = Iso(newSince), RankCode = "01.003", ScaleCode = "A1", Step = "4",
            SalaryKind = "RegularStep", DecisionNumber = "12/QĐ-SNV", DecisionSignedOn = Iso(newSince), DecisionSigner = "Giám đốc",
        }, null, null));
        Assert.Equal(newSince.AddMonths(36), (await StoredAsync(record.Id)).NextStepDue);

        // A year rated "không hoàn thành nhiệm vụ" in the step: 6 months later.
        await WriteAsync(w => w.AddRowAsync(record.Id, CareerKind.Rating, new CareerRowInput
        {
            EffectiveFrom = Iso(new DateOnly(2025, 12, 20)), Year = "2025", Rating = nameof(Rating.NotCompleted),
            DecisionNumber = "30/QĐ-SNV", DecisionSignedOn = Iso(new DateOnly(2025, 12, 20)), DecisionSigner = "Giám đốc",
        }, null, null));
        Assert.Equal(newSince.AddMonths(42), (await StoredAsync(record.Id)).NextStepDue);

        // A reprimand with 6 more months: 12 in all.
        await WriteAsync(w => w.AddRowAsync(record.Id, CareerKind.Discipline, new CareerRowInput
        {
            EffectiveFrom = Iso(new DateOnly(2026, 1, 15)), Form = "Khiển trách", StepExtensionMonths = "6",
            DecisionNumber = "31/QĐ-SNV", DecisionSignedOn = Iso(new DateOnly(2026, 1, 15)), DecisionSigner = "Giám đốc",
        }, null, null));
        var stored = await StoredAsync(record.Id);
        Assert.Equal(newSince.AddMonths(48), stored.NextStepDue);

        // The list, which selects on the stored date, shows the same date the rules give.
        var listed = await _f.WithServiceAsync<WorkLists, IReadOnlyList<WorkItem>>(_f.SoA, l => l.StepsAsync(newSince.AddMonths(48), 0, default));
        var line = Assert.Single(listed, i => i.RecordId == record.Id);
        Assert.Equal(newSince.AddMonths(48), line.DueDate);
        Assert.Equal(12, line.ExtensionMonths);
        Assert.DoesNotContain(
            await _f.WithServiceAsync<WorkLists, IReadOnlyList<WorkItem>>(_f.SoA, l => l.StepsAsync(newSince.AddMonths(48).AddDays(-1), 0, default)),
            i => i.RecordId == record.Id);
    }

    [Fact]
    public async Task The_stored_retirement_date_follows_a_corrected_birth_date()
    {
        var record = await _f.AddRecordAsync(_f.SoA, "Đổi Ngày Sinh", r => { r.Sex = StaffSex.Female; r.BirthDate = new DateOnly(1972, 5, 3); });
        var before = (await StoredAsync(record.Id)).RetirementOn;
        Assert.Equal(RetirementRules.RetirementDate(new DateOnly(1972, 5, 3), DatePrecision.Day, StaffSex.Female).Date, before);

        var input = await _f.InDepartmentAsync(_f.SoA, async db => IdentityInputOf(await db.Records.AsNoTracking().SingleAsync(r => r.Id == record.Id)));
        input.BirthDate = "1970-05-03";
        await WriteAsync(w => w.UpdateAsync(record.Id, input));

        Assert.Equal(RetirementRules.RetirementDate(new DateOnly(1970, 5, 3), DatePrecision.Day, StaffSex.Female).Date, (await StoredAsync(record.Id)).RetirementOn);
    }

    [Fact]
    public async Task A_new_code_list_version_of_the_scales_recomputes_the_department_before_the_next_list()
    {
        var record = await _f.AddRecordAsync(_f.SoB, "Đổi Danh Mục", stepSince: Since, scale: "B");
        var old = await StoredAsync(record.Id, _f.SoB);
        Assert.Equal(Since.AddMonths(24), old.NextStepDue);

        // The province adds a version of Bảng 2 where scale B moves up every 36 months (B only: the other tests of
        // this class use A1).
        await using (var scope = _f.Factory.Services.CreateAsyncScope())
        {
            var current = (await scope.ServiceProvider.GetRequiredService<ICodeLists>().CurrentAsync()).List(CodeListKeys.SalaryScales)!;
            var changed = current with
            {
                Version = "thử nghiệm B 36 tháng",
                ValidFrom = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
                Items = [.. current.Items.Select(i => i.Code == "B" ? i with { Months = 36 } : i)],
            };
            await scope.ServiceProvider.GetRequiredService<CodeListStore>().AddVersionAsync(changed, null, default);
        }

        // The next list request sees another stamp and recomputes the department first.
        var listed = await _f.WithServiceAsync<WorkLists, IReadOnlyList<WorkItem>>(_f.SoB, l => l.StepsAsync(Since.AddMonths(24), 0, default));
        Assert.DoesNotContain(listed, i => i.RecordId == record.Id);
        var now = await StoredAsync(record.Id, _f.SoB);
        Assert.Equal(Since.AddMonths(36), now.NextStepDue);
        Assert.NotEqual(old.DatesStamp, now.DatesStamp);
        listed = await _f.WithServiceAsync<WorkLists, IReadOnlyList<WorkItem>>(_f.SoB, l => l.StepsAsync(Since.AddMonths(36), 0, default));
        Assert.Equal(Since.AddMonths(36), Assert.Single(listed, i => i.RecordId == record.Id).DueDate);
    }

    private Task<StaffRecord> StoredAsync(int id, string? tenant = null) =>
        _f.InDepartmentAsync(tenant ?? _f.SoA, db => db.Records.AsNoTracking().SingleAsync(r => r.Id == id));

    private async Task WriteAsync<T>(Func<RecordWriter, Task<T>> work)
    {
        var tenant = _f.Factory.Services.GetRequiredService<ITenantRegistry>().Table.FindByName(_f.SoA)!;
        await _f.Factory.Services.GetRequiredService<RecordTransaction>().RunAsync(tenant, work);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static IdentityInput IdentityInputOf(StaffRecord r) => new()
    {
        PersonalId = r.PersonalId,
        FullName = r.FullName,
        Sex = r.Sex.ToString(),
        BirthDate = Iso(r.BirthDate),
        Status = r.Status.ToString(),
        Category = r.Category.ToString(),
    };
}
