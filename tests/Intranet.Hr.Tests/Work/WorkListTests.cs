using Intranet.Core.Staff;
using Intranet.Hr.Models;
using Intranet.Hr.Services.Work;

namespace Intranet.Hr.Tests.Work;

/// <summary>
/// What each work list holds at its boundaries, on a real department database and a fixed "today" (the list
/// service takes the date, so the boundaries do not move with the calendar).
/// </summary>
public sealed class WorkListTests : IClassFixture<HrWorkFixture>
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private readonly HrWorkFixture _f;

    public WorkListTests(HrWorkFixture fixture) => _f = fixture;

    private string Dept => _f.SoA;

    [Fact]
    public async Task A_step_due_exactly_in_60_days_is_listed_and_one_due_in_61_is_not()
    {
        var dueIn60 = Today.AddDays(60);
        var exactly = await _f.AddRecordAsync(Dept, "Đúng hạn Sáu Mươi", stepSince: dueIn60.AddMonths(-36));
        var dayLater = await _f.AddRecordAsync(Dept, "Muộn Một Ngày", stepSince: Today.AddDays(61).AddMonths(-36));

        var items = await StepsAsync(60);

        var item = Assert.Single(items, i => i.RecordId == exactly.Id);
        Assert.Equal(dueIn60, item.DueDate);
        Assert.False(item.Overdue);
        Assert.Equal(DraftKind.RegularStep, item.Kind);
        Assert.Equal(4, item.NextStep);
        Assert.Equal(3.33m, item.NextCoefficient);
        Assert.DoesNotContain(items, i => i.RecordId == dayLater.Id);
        Assert.Contains(await StepsAsync(61), i => i.RecordId == dayLater.Id);
    }

    [Fact]
    public async Task An_overdue_step_is_listed_first_and_flagged()
    {
        var overdue = await _f.AddRecordAsync(Dept, "Quá Hạn", stepSince: Today.AddDays(-10).AddMonths(-36));
        await _f.AddRecordAsync(Dept, "Sắp Đến Hạn", stepSince: Today.AddDays(5).AddMonths(-36));

        var items = await StepsAsync(60);

        var item = Assert.Single(items, i => i.RecordId == overdue.Id);
        Assert.True(item.Overdue);
        Assert.Equal(Today.AddDays(-10), item.DueDate);
        Assert.True(items[0].Overdue);
        Assert.DoesNotContain(items.SkipWhile(i => i.Overdue), i => i.Overdue);
    }

    [Fact]
    public async Task A_discipline_or_a_failed_rating_in_the_step_pushes_the_date_out_of_the_window()
    {
        var since = Today.AddDays(30).AddMonths(-36);
        var disciplined = await _f.AddRecordAsync(Dept, "Bị Khiển Trách", stepSince: since);
        await _f.AddAsync(Dept, new DisciplineEntry { RecordId = disciplined.Id, Form = "Khiển trách", StepExtensionMonths = 6, EffectiveFrom = since.AddMonths(12) });
        var failed = await _f.AddRecordAsync(Dept, "Không Hoàn Thành", stepSince: since);
        await _f.AddAsync(Dept, new RatingEntry { RecordId = failed.Id, Year = since.Year + 1, Rating = Rating.NotCompleted, EffectiveFrom = new DateOnly(since.Year + 1, 12, 20) });
        var disciplinedBefore = await _f.AddRecordAsync(Dept, "Kỷ Luật Trước Đó", stepSince: since);
        await _f.AddAsync(Dept, new DisciplineEntry { RecordId = disciplinedBefore.Id, Form = "Khiển trách", StepExtensionMonths = 6, EffectiveFrom = since.AddDays(-1) });

        var items = await StepsAsync(60);

        Assert.DoesNotContain(items, i => i.RecordId == disciplined.Id);
        Assert.DoesNotContain(items, i => i.RecordId == failed.Id);
        Assert.Contains(items, i => i.RecordId == disciplinedBefore.Id); // before the step: does not count
        var later = await StepsAsync(30 + 200);
        Assert.Equal(since.AddMonths(42), Assert.Single(later, i => i.RecordId == disciplined.Id).DueDate);
        Assert.Equal(6, Assert.Single(later, i => i.RecordId == failed.Id).ExtensionMonths);
    }

    [Fact]
    public async Task An_award_brings_the_step_into_the_window_and_the_top_step_gets_the_exceeding_allowance()
    {
        // Regular date a year after the window; the award's 12 months bring it into it.
        var earlySince = Today.AddDays(20).AddMonths(-24);
        var early = await _f.AddRecordAsync(Dept, "Được Khen Thưởng", stepSince: earlySince);
        await _f.AddAsync(Dept, new AwardEntry { RecordId = early.Id, Form = "Chiến sĩ thi đua cơ sở", EarlyStepMonths = 12, EffectiveFrom = Today.AddMonths(-2) });
        var top = await _f.AddRecordAsync(Dept, "Bậc Cuối", step: 9, stepSince: Today.AddDays(15).AddMonths(-36));
        var nextPercent = await _f.AddRecordAsync(Dept, "Vượt Khung Năm Sau", step: 9, exceeding: 5, stepSince: Today.AddDays(15).AddMonths(-12));

        var items = await StepsAsync(60);

        var a = Assert.Single(items, i => i.RecordId == early.Id);
        Assert.Equal(12, a.EarlyMonths);
        Assert.Equal(earlySince.AddMonths(24), a.DueDate);
        var t = Assert.Single(items, i => i.RecordId == top.Id);
        Assert.Equal(DraftKind.ExceedingAllowance, t.Kind);
        Assert.Equal(5, t.NextExceedingPercent);
        Assert.Equal(9, t.NextStep);
        Assert.Equal(6, Assert.Single(items, i => i.RecordId == nextPercent.Id).NextExceedingPercent);
    }

    [Fact]
    public async Task A_step_already_decided_ahead_of_its_date_leaves_the_list()
    {
        var due = Today.AddDays(20);
        var decided = await _f.AddRecordAsync(Dept, "Đã Quyết Định Trước", stepSince: due.AddMonths(-36));
        await _f.AddAsync(Dept, new SalaryEntry
        {
            RecordId = decided.Id, RankCode = "01.003", ScaleCode = "A1", Step = 4, Coefficient = 3.33m, StepSince = due, EffectiveFrom = due,
            Kind = SalaryChangeKind.RegularStep, Decision = new Decision { Number = "9/QĐ", SignedOn = Today, Signer = "Giám đốc" },
        });

        Assert.DoesNotContain(await StepsAsync(60), i => i.RecordId == decided.Id);
    }

    [Fact]
    public async Task People_no_longer_on_staff_are_not_listed()
    {
        var retired = await _f.AddRecordAsync(Dept, "Đã Nghỉ Hưu", r => r.Status = StaffStatus.Retired, stepSince: Today.AddMonths(-40));

        Assert.DoesNotContain(await StepsAsync(60), i => i.RecordId == retired.Id);
    }

    [Fact]
    public async Task Retirements_within_12_months_and_who_must_be_told_now()
    {
        // Men born 04/1966 or later retire at 62 (NĐ 135/2020): 15/05/1966 → 31/05/2028.
        var today = new DateOnly(2027, 12, 1);
        var soon = await _f.AddRecordAsync(Dept, "Sắp Nghỉ Hưu", r => r.BirthDate = new DateOnly(1966, 5, 15));
        var later = await _f.AddRecordAsync(Dept, "Còn Xa", r => r.BirthDate = new DateOnly(1966, 9, 15)); // 30/09/2028
        var woman = await _f.AddRecordAsync(Dept, "Nữ Sinh 1971", r =>
        {
            r.Sex = StaffSex.Female;
            r.BirthDate = new DateOnly(1971, 6, 10); // 58 years in 2029: 30/06/2029
        });
        var scheduled = await _f.AddRecordAsync(Dept, "Đã Có Quyết Định", r =>
        {
            r.BirthDate = new DateOnly(1966, 5, 20);
            r.ClosedOn = new DateOnly(2028, 5, 31);
        });

        var year = await _f.WithServiceAsync<WorkLists, IReadOnlyList<WorkItem>>(Dept, l => l.RetirementsAsync(today, WorkWindow.Days(WorkListKind.Retirements, null, 12, today), default));
        var half = await _f.WithServiceAsync<WorkLists, IReadOnlyList<WorkItem>>(Dept, l => l.RetirementsAsync(today, WorkWindow.Days(WorkListKind.Retirements, null, 6, today), default));

        var s = Assert.Single(year, i => i.RecordId == soon.Id);
        Assert.Equal(new DateOnly(2028, 5, 31), s.DueDate);
        Assert.Equal(new DateOnly(2027, 11, 30), s.NotifyBy);
        Assert.True(s.MustNotifyNow);
        var l = Assert.Single(year, i => i.RecordId == later.Id);
        Assert.False(l.MustNotifyNow);
        Assert.DoesNotContain(year, i => i.RecordId == woman.Id);
        Assert.Contains(half, i => i.RecordId == soon.Id);
        Assert.DoesNotContain(half, i => i.RecordId == later.Id);
        var sc = Assert.Single(year, i => i.RecordId == scheduled.Id);
        Assert.True(sc.Scheduled);
        Assert.False(sc.MustNotifyNow);
    }

    [Fact]
    public async Task Probation_and_contract_ends_at_the_window_boundary()
    {
        var probation = await _f.AddRecordAsync(Dept, "Tập Sự Đúng Hạn", r =>
        {
            r.Status = StaffStatus.Probation;
            r.ProbationEndsOn = Today.AddDays(60);
        });
        var probationLater = await _f.AddRecordAsync(Dept, "Tập Sự Sau", r =>
        {
            r.Status = StaffStatus.Probation;
            r.ProbationEndsOn = Today.AddDays(61);
        });
        var contract = await _f.AddRecordAsync(Dept, "Hợp Đồng Quá Hạn", r =>
        {
            r.Category = StaffCategory.Contract;
            r.ContractEndsOn = Today.AddDays(-1);
        });

        var probations = await _f.WithServiceAsync<WorkLists, IReadOnlyList<WorkItem>>(Dept, l => l.ListAsync(WorkListKind.Probations, Today, 60, default));
        var contracts = await _f.WithServiceAsync<WorkLists, IReadOnlyList<WorkItem>>(Dept, l => l.ListAsync(WorkListKind.Contracts, Today, 60, default));

        Assert.Contains(probations, i => i.RecordId == probation.Id);
        Assert.DoesNotContain(probations, i => i.RecordId == probationLater.Id);
        Assert.True(Assert.Single(contracts, i => i.RecordId == contract.Id).Overdue);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3651)]
    public void A_window_outside_0_to_3650_days_is_refused_in_vietnamese(int days)
    {
        var ex = Assert.Throws<WorkException>(() => WorkWindow.Days(WorkListKind.Steps, days, null, Today));
        Assert.Equal(400, ex.Status);
        Assert.Contains("Số ngày", ex.Message, StringComparison.Ordinal);
    }

    private Task<IReadOnlyList<WorkItem>> StepsAsync(int days) =>
        _f.WithServiceAsync<WorkLists, IReadOnlyList<WorkItem>>(Dept, l => l.StepsAsync(Today, days, default));
}
