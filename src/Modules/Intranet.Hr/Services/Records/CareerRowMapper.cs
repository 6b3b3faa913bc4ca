using Intranet.Hr.Models;

namespace Intranet.Hr.Services.Records;

/// <summary>Checks a <see cref="CareerRowInput"/> for its kind and copies it onto a new or corrected row.</summary>
public static class CareerRowMapper
{
    public static CareerEntry New(CareerKind kind) => kind switch
    {
        CareerKind.Salary => new SalaryEntry { RankCode = "", ScaleCode = "" },
        CareerKind.Allowance => new AllowanceEntry { Kind = "" },
        CareerKind.Posting => new PostingEntry(),
        CareerKind.Rating => new RatingEntry(),
        CareerKind.Award => new AwardEntry { Form = "" },
        CareerKind.Discipline => new DisciplineEntry { Form = "" },
        CareerKind.Qualification => new QualificationEntry { Level = "" },
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static void Apply(CareerRowInput input, CareerEntry row, RecordRules rules)
    {
        var r = new InputReader();
        var from = r.Date("effectiveFrom", input.EffectiveFrom, "ngày có hiệu lực", required: true);
        var number = r.Text("decisionNumber", input.DecisionNumber, "số quyết định", 60);
        var signedOn = r.Date("decisionSignedOn", input.DecisionSignedOn, "ngày ký quyết định");
        var signer = r.Text("decisionSigner", input.DecisionSigner, "người ký", 150);
        var note = r.Text("note", input.Note, "ghi chú", 1000);
        Action? apply = row switch
        {
            SalaryEntry s => Salary(r, input, s, from, rules),
            AllowanceEntry a => Allowance(r, input, a),
            PostingEntry p => Posting(r, input, p),
            RatingEntry x => Rating(r, input, x),
            AwardEntry a => Award(r, input, a),
            DisciplineEntry d => Discipline(r, input, d),
            QualificationEntry q => Qualification(r, input, q),
            _ => null,
        };
        r.ThrowIfInvalid();
        row.EffectiveFrom = from!.Value;
        row.Decision.Number = number;
        row.Decision.SignedOn = signedOn;
        row.Decision.Signer = signer;
        row.Note = note;
        apply?.Invoke();
    }

    private static Action Salary(InputReader r, CareerRowInput i, SalaryEntry s, DateOnly? from, RecordRules rules)
    {
        var rank = r.Text("rankCode", i.RankCode, "mã ngạch", 20, required: true);
        var scale = r.Text("scaleCode", i.ScaleCode, "nhóm ngạch (bảng lương)", 20) ?? (rank is null ? null : rules.ScaleOf(rank));
        if (rank is not null && scale is null)
        {
            r.Fail("scaleCode", "Chưa nhập nhóm ngạch (bảng lương) và danh mục không có ngạch này.");
        }

        var step = r.Whole("step", i.Step, "bậc", 1, 20, required: true);
        var coefficient = r.Number("coefficient", i.Coefficient, "hệ số lương", 0.01m, 20m);
        if (string.IsNullOrWhiteSpace(i.Coefficient) && scale is not null && step is { } st)
        {
            coefficient = rules.CoefficientOf(scale, st);
            if (coefficient is null)
            {
                r.Fail("coefficient", $"Chưa nhập hệ số lương và danh mục không có bậc {st} của nhóm {scale}.");
            }
        }

        var exceeding = r.Whole("exceedingPercent", i.ExceedingPercent, "phụ cấp vượt khung (%)", 0, 100) ?? 0;
        var since = r.Date("stepSince", i.StepSince, "mốc tính nâng bậc");
        var kind = r.Choice<SalaryChangeKind>("salaryKind", i.SalaryKind, "loại thay đổi lương") ?? SalaryChangeKind.Assignment;
        return () =>
        {
            s.RankCode = rank!;
            s.ScaleCode = scale!;
            s.Step = step!.Value;
            s.Coefficient = coefficient!.Value;
            s.ExceedingPercent = exceeding;
            s.StepSince = since ?? from!.Value;
            s.Kind = kind;
        };
    }

    private static Action Allowance(InputReader r, CareerRowInput i, AllowanceEntry a)
    {
        var kind = r.Text("allowanceKind", i.AllowanceKind, "loại phụ cấp", 40, required: true);
        var coefficient = r.Number("coefficient", i.Coefficient, "hệ số phụ cấp", 0m, 10m);
        var percent = r.Number("percent", i.Percent, "phụ cấp (%)", 0m, 100m);
        if (coefficient is null && percent is null && !r.Errors.ContainsKey("coefficient") && !r.Errors.ContainsKey("percent"))
        {
            r.Fail("coefficient", "Cần nhập hệ số hoặc tỷ lệ phần trăm của phụ cấp.");
        }

        var ends = r.Date("endsOn", i.EndsOn, "ngày hết hưởng");
        return () =>
        {
            a.Kind = kind!;
            a.Coefficient = coefficient;
            a.Percent = percent;
            a.EndsOn = ends;
        };
    }

    private static Action Posting(InputReader r, CareerRowInput i, PostingEntry p)
    {
        var movement = r.Choice<MovementKind>("movement", i.Movement, "hình thức") ?? MovementKind.Recruitment;
        var unitId = r.Text("unitId", i.UnitId, "mã đơn vị", 64);
        var unitName = r.Text("unitName", i.UnitName, "tên đơn vị", 200);
        var position = r.Text("jobPosition", i.JobPosition, "vị trí việc làm", 200);
        var post = r.Text("post", i.Post, "chức vụ", 150);
        var agency = r.Text("agency", i.Agency, "cơ quan", 250);
        if (unitId is null && unitName is null && position is null && post is null && agency is null)
        {
            r.Fail("unitName", "Cần nhập ít nhất đơn vị, vị trí việc làm hoặc chức vụ.");
        }

        return () =>
        {
            p.Movement = movement;
            p.UnitId = unitId;
            p.UnitName = unitName;
            p.JobPosition = position;
            p.Post = post;
            p.Agency = agency;
        };
    }

    private static Action Rating(InputReader r, CareerRowInput i, RatingEntry x)
    {
        var year = r.Whole("year", i.Year, "năm đánh giá", 1950, 2200, required: true);
        var rating = r.Choice<Rating>("rating", i.Rating, "mức xếp loại", required: true);
        return () =>
        {
            x.Year = year!.Value;
            x.Rating = rating!.Value;
        };
    }

    private static Action Award(InputReader r, CareerRowInput i, AwardEntry a)
    {
        var form = r.Text("form", i.Form, "hình thức khen thưởng", 250, required: true);
        var level = r.Text("level", i.Level, "cấp khen", 100);
        var early = r.Whole("earlyStepMonths", i.EarlyStepMonths, "số tháng nâng bậc trước hạn", 0, 12) ?? 0;
        return () =>
        {
            a.Form = form!;
            a.Level = level;
            a.EarlyStepMonths = early;
        };
    }

    private static Action Discipline(InputReader r, CareerRowInput i, DisciplineEntry d)
    {
        var form = r.Text("form", i.Form, "hình thức kỷ luật", 250, required: true);
        var reason = r.Text("reason", i.Reason, "lý do", 1000);
        var months = r.Whole("stepExtensionMonths", i.StepExtensionMonths, "số tháng kéo dài nâng bậc", 0, 24) ?? 0;
        return () =>
        {
            d.Form = form!;
            d.Reason = reason;
            d.StepExtensionMonths = months;
        };
    }

    private static Action Qualification(InputReader r, CareerRowInput i, QualificationEntry q)
    {
        var kind = r.Choice<QualificationKind>("qualificationKind", i.QualificationKind, "loại đào tạo", required: true);
        var level = r.Text("level", i.Level, "trình độ", 60, required: true);
        var field = r.Text("field", i.Field, "chuyên ngành", 200);
        var institution = r.Text("institution", i.Institution, "cơ sở đào tạo", 250);
        var certificate = r.Text("certificateNumber", i.CertificateNumber, "số văn bằng", 60);
        return () =>
        {
            q.Kind = kind!.Value;
            q.Level = level!;
            q.Field = field;
            q.Institution = institution;
            q.CertificateNumber = certificate;
        };
    }
}
