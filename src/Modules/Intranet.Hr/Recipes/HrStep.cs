using Intranet.Core.Accounts;
using Intranet.Core.Recipes;
using Intranet.Core.Staff;
using Intranet.Hr.Models;
using Intranet.Hr.Services.Closing;
using Intranet.Hr.Services.Transfers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Recipes;

/// <summary>
/// <c>{"name":"hr","records":[{personalId, fullName, sex, birthDate, email, category, status, recruitedOn,
/// salary:[…], postings:[…], qualifications:[…], ratings:[…]}]}</c> in a department: creates each record keyed by
/// personal ID (an existing one is replaced with the recipe's rows) with its career rows. Dates may be relative to
/// the day the recipe runs (<see cref="RecipeDates"/>), so demo data is always "due soon". <c>email</c> links the
/// record to the account with that login when it exists.
/// </summary>
public sealed class HrStep : IRecipeStepHandler
{
    public string StepName => "hr";

    public IEnumerable<string> Validate(RecipeStep step)
    {
        List<HrRecipeRecord> records;
        try
        {
            records = step.Deserialize<List<HrRecipeRecord>>("records") ?? [];
        }
        catch (System.Text.Json.JsonException ex)
        {
            return [$"hr: dữ liệu không đúng định dạng: {ex.Message}"];
        }

        var errors = new List<string>();
        var today = new DateOnly(2026, 1, 1); // any day: only the form of the dates is checked here
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (r, i) in records.Select((r, i) => (r, i + 1)))
        {
            void Error(string message) => errors.Add($"hr.records[{i}]: {message}");
            void Date(string? text, string field, bool required = false)
            {
                if ((required || !string.IsNullOrWhiteSpace(text)) && !RecipeDates.TryParse(text, today, out _))
                {
                    Error($"ngày '{text}' ở '{field}' không hợp lệ (yyyy-MM-dd, today, hoặc tương đối như -34m, -61y-2m).");
                }
            }

            if (!PersonalIdTemplate.IsValid(r.PersonalId))
            {
                Error("số định danh cá nhân phải gồm đúng 12 chữ số (hoặc mẫu PPP*NNNNNN).");
            }
            else if (!seen.Add(r.PersonalId!))
            {
                Error($"số định danh {r.PersonalId} lặp lại.");
            }

            if (string.IsNullOrWhiteSpace(r.FullName) || r.FullName.Length > 150)
            {
                Error("cần họ và tên (tối đa 150 ký tự).");
            }

            if (r.Sex is not ("male" or "female"))
            {
                Error("giới tính phải là male hoặc female.");
            }

            if (!Enum.TryParse<StaffCategory>(r.Category ?? nameof(StaffCategory.CivilServant), true, out _))
            {
                Error($"loại cán bộ '{r.Category}' không hợp lệ.");
            }

            if (!Enum.TryParse<StaffStatus>(r.Status ?? nameof(StaffStatus.Active), true, out _))
            {
                Error($"trạng thái '{r.Status}' không hợp lệ.");
            }

            Date(r.BirthDate, "birthDate", required: true);
            Date(r.RecruitedOn, "recruitedOn");
            foreach (var row in (r.Salary ?? []).Concat(r.Postings ?? []).Concat(r.Qualifications ?? []).Concat(r.Ratings ?? []))
            {
                Date(row.From, "from", required: true);
                Date(row.StepSince, "stepSince");
            }

            foreach (var s in r.Salary ?? [])
            {
                if (string.IsNullOrWhiteSpace(s.Rank) || string.IsNullOrWhiteSpace(s.Scale) || s.Step is < 1 or > 20 || s.Coefficient is <= 0 or > 20)
                {
                    Error("dòng lương cần rank, scale, step (1–20) và coefficient.");
                }
            }

            foreach (var p in r.Postings ?? [])
            {
                if (p.Movement is not null && !Enum.TryParse<MovementKind>(p.Movement, true, out _))
                {
                    Error($"hình thức '{p.Movement}' không hợp lệ.");
                }
            }

            foreach (var q in r.Qualifications ?? [])
            {
                if (!Enum.TryParse<QualificationKind>(q.Kind, true, out _) || string.IsNullOrWhiteSpace(q.Level))
                {
                    Error($"trình độ cần kind hợp lệ và level ('{q.Kind}').");
                }
            }

            foreach (var q in r.Ratings ?? [])
            {
                if (!Enum.TryParse<Rating>(q.Rating, true, out _))
                {
                    Error($"xếp loại '{q.Rating}' không hợp lệ.");
                }
            }
        }

        return errors;
    }

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<HrDbContext>();
        var accounts = context.Services.GetService<IAccountDirectory>();
        var clock = context.Services.GetService<TimeProvider>() ?? TimeProvider.System;
        var today = RecordClosingScheduler.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in step.Deserialize<List<HrRecipeRecord>>("records") ?? [])
        {
            var sex = r.Sex == "female" ? StaffSex.Female : StaffSex.Male;
            var birthDate = Date(r.BirthDate, today)!.Value;
            var personalId = PersonalIdTemplate.Expand(r.PersonalId!, birthDate, sex);
            if (await db.Records.Where(x => x.PersonalId == personalId).Select(x => (int?)x.Id).FirstOrDefaultAsync(cancellationToken) is { } existing)
            {
                await RecordGraph.DeleteHistoryAsync(db, existing, cancellationToken);
                await db.Records.Where(x => x.Id == existing).ExecuteDeleteAsync(cancellationToken);
            }

            var record = new StaffRecord
            {
                PersonalId = personalId,
                FullName = r.FullName!.Trim(),
                Sex = sex,
                BirthDate = birthDate,
                BirthPlace = r.BirthPlace,
                Hometown = r.Hometown,
                EthnicityCode = r.EthnicityCode,
                Email = r.Email?.Trim().ToLowerInvariant(),
                Category = Enum.Parse<StaffCategory>(r.Category ?? nameof(StaffCategory.CivilServant), true),
                Status = Enum.Parse<StaffStatus>(r.Status ?? nameof(StaffStatus.Active), true),
                RecruitedOn = Date(r.RecruitedOn, today),
                JoinedAgencyOn = Date(r.RecruitedOn, today),
                CreatedUtc = now,
                UpdatedUtc = now,
            };
            if (r.Email is { } email && accounts is not null && await accounts.FindByEmailAsync(email, cancellationToken) is { } account)
            {
                record.AccountId = account.Id;
            }

            foreach (var s in r.Salary ?? [])
            {
                record.Salary.Add(Row(new SalaryEntry
                {
                    RankCode = s.Rank!, ScaleCode = s.Scale!, Step = s.Step, Coefficient = s.Coefficient,
                    StepSince = Date(s.StepSince, today) ?? Date(s.From, today)!.Value,
                    Kind = Enum.TryParse<SalaryChangeKind>(s.Kind, true, out var k) ? k : SalaryChangeKind.Assignment,
                }, s, today, now));
            }

            foreach (var p in r.Postings ?? [])
            {
                record.Postings.Add(Row(new PostingEntry
                {
                    UnitId = p.Unit, UnitName = p.UnitName, JobPosition = p.JobPosition, Post = p.Post,
                    Movement = Enum.TryParse<MovementKind>(p.Movement, true, out var m) ? m : MovementKind.Recruitment,
                }, p, today, now));
            }

            foreach (var q in r.Qualifications ?? [])
            {
                record.Qualifications.Add(Row(new QualificationEntry { Kind = Enum.Parse<QualificationKind>(q.Kind!, true), Level = q.Level!, Field = q.Field }, q, today, now));
            }

            foreach (var q in r.Ratings ?? [])
            {
                record.Ratings.Add(Row(new RatingEntry { Year = q.Year, Rating = Enum.Parse<Rating>(q.Rating!, true) }, q, today, now));
            }

            db.Records.Add(record);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateOnly? Date(string? text, DateOnly today) => RecipeDates.TryParse(text, today, out var d) ? d : null;

    private static T Row<T>(T row, HrRecipeCareerRow source, DateOnly today, DateTime now)
        where T : CareerEntry
    {
        row.EffectiveFrom = Date(source.From, today)!.Value;
        row.Decision = new Decision { Number = source.DecisionNumber, SignedOn = row.EffectiveFrom, Signer = source.DecisionSigner };
        row.RecordedBy = "recipe";
        row.RecordedUtc = now;
        return row;
    }
}
