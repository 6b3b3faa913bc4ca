using System.Globalization;
using Intranet.Hr.Models;

namespace Intranet.Hr.Services.Records;

/// <summary>
/// Reads a <see cref="PersonalRowInput"/> into the entity of its kind, with one Vietnamese message per bad field
/// (all of them at once), and back into an input for the edit form.
/// </summary>
public static class PersonalRowMapper
{
    public static object New(PersonalKind kind) => kind switch
    {
        PersonalKind.Family => new FamilyMember { Relation = "", FullName = "" },
        PersonalKind.Political => new PoliticalMembership { Organisation = "" },
        PersonalKind.Assets => new AssetDeclaration(),
        PersonalKind.Health => new HealthCheck(),
        PersonalKind.History => new HistoryEntry { Description = "" },
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Validates every field first and changes the row only when all are good.</summary>
    public static void Apply(PersonalRowInput input, object row, DateOnly today)
    {
        var r = new InputReader();
        switch (row)
        {
            case FamilyMember f:
                var relation = r.Text("relation", input.Relation, "quan hệ", 50, required: true);
                var name = r.Text("fullName", input.FullName, "họ và tên", 200, required: true);
                var year = r.Whole("birthYear", input.BirthYear, "năm sinh", 1850, 9999);
                if (year > today.Year)
                {
                    r.Fail("birthYear", $"Năm sinh {year} chưa đến (năm nay là {today.Year}).");
                }

                var spouse = Flag(r, "spouseSide", input.SpouseSide, "bên vợ/chồng");
                var details = r.Text("details", input.Details, "chi tiết", 1000);
                r.ThrowIfInvalid();
                (f.Relation, f.FullName, f.BirthYear, f.SpouseSide, f.Details) = (relation!, name!, year, spouse, details);
                break;

            case PoliticalMembership p:
                var org = r.Text("organisation", input.Organisation, "tổ chức", 200, required: true);
                var joined = NotFuture(r, "joinedOn", r.Date("joinedOn", input.JoinedOn, "ngày vào"), "Ngày vào", today);
                var official = NotFuture(r, "officialOn", r.Date("officialOn", input.OfficialOn, "ngày chính thức"), "Ngày chính thức", today);
                var role = r.Text("role", input.Role, "chức vụ", 200);
                var left = r.Date("leftOn", input.LeftOn, "ngày ra");
                if (joined is { } j && (official < j || left < j))
                {
                    r.Fail(official < j ? "officialOn" : "leftOn", "Ngày này không thể trước ngày vào.");
                }

                r.ThrowIfInvalid();
                (p.Organisation, p.JoinedOn, p.OfficialOn, p.Role, p.LeftOn) = (org!, joined, official, role, left);
                break;

            case AssetDeclaration a:
                var declared = r.Whole("year", input.Year, "năm kê khai", 1950, 9999, required: true);
                if (declared > today.Year)
                {
                    r.Fail("year", $"Năm kê khai {declared} chưa đến (năm nay là {today.Year}).");
                }

                // Đồng are whole: "150.000.000" (the Vietnamese grouping), "150,000,000" and "150 000 000" all mean the same.
                var income = r.Number("annualIncome", Ungroup(input.AnnualIncome), "tổng thu nhập (đồng)", 0m, 1_000_000_000_000_000m);
                var description = r.Text("description", input.Description, "mô tả tài sản", 4000);
                r.ThrowIfInvalid();
                (a.Year, a.AnnualIncome, a.Description) = (declared!.Value, income, description);
                break;

            case HealthCheck h:
                var on = NotFuture(r, "checkedOn", r.Date("checkedOn", input.CheckedOn, "ngày khám", required: true), "Ngày khám", today);
                var status = r.Text("status", input.Status, "tình trạng sức khỏe", 100);
                var height = r.Whole("heightCm", input.HeightCm, "chiều cao (cm)", 30, 250);
                var weight = r.Number("weightKg", input.WeightKg, "cân nặng (kg)", 2m, 400m);
                var blood = r.Text("bloodType", input.BloodType, "nhóm máu", 10);
                var policy = r.Text("policyStatus", input.PolicyStatus, "diện chính sách", 500);
                var notes = r.Text("notes", input.Notes, "ghi chú", 2000);
                r.ThrowIfInvalid();
                (h.CheckedOn, h.Status, h.HeightCm, h.WeightKg, h.BloodType, h.PolicyStatus, h.Notes) = (on!.Value, status, height, weight, blood, policy, notes);
                break;

            case HistoryEntry e:
                var from = r.Date("from", input.From, "từ ngày", required: true);
                var to = r.Date("to", input.To, "đến ngày");
                if (from is { } fr && to < fr)
                {
                    r.Fail("to", "Đến ngày không thể trước từ ngày.");
                }

                var text = r.Text("description", input.Description, "nội dung", 1000, required: true);
                r.ThrowIfInvalid();
                (e.From, e.To, e.Description) = (from!.Value, to, text!);
                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(row));
        }
    }

    public static PersonalRowInput From(object row) => row switch
    {
        FamilyMember f => new() { Relation = f.Relation, FullName = f.FullName, BirthYear = Str(f.BirthYear), SpouseSide = f.SpouseSide ? "true" : null, Details = f.Details },
        PoliticalMembership p => new() { Organisation = p.Organisation, JoinedOn = HrDates.Show(p.JoinedOn), OfficialOn = HrDates.Show(p.OfficialOn), Role = p.Role, LeftOn = HrDates.Show(p.LeftOn) },
        AssetDeclaration a => new() { Year = Str(a.Year), AnnualIncome = a.AnnualIncome?.ToString(CultureInfo.InvariantCulture), Description = a.Description },
        HealthCheck h => new()
        {
            CheckedOn = HrDates.Show(h.CheckedOn), Status = h.Status, HeightCm = Str(h.HeightCm), WeightKg = h.WeightKg?.ToString(CultureInfo.InvariantCulture),
            BloodType = h.BloodType, PolicyStatus = h.PolicyStatus, Notes = h.Notes,
        },
        HistoryEntry e => new() { From = HrDates.Show(e.From), To = HrDates.Show(e.To), Description = e.Description },
        _ => new(),
    };

    private static string? Ungroup(string? amount) =>
        amount is null ? null : string.Concat(amount.Where(c => c is not ('.' or ',' or ' ' or '\u00A0')));

    private static string? Str(int? n) => n?.ToString(CultureInfo.InvariantCulture);

    private static DateOnly? NotFuture(InputReader r, string field, DateOnly? date, string label, DateOnly today)
    {
        if (date > today)
        {
            r.Fail(field, $"{label} không thể sau hôm nay.");
        }

        return date;
    }

    private static bool Flag(InputReader r, string field, string? value, string label)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "false" or "0" or "không":
                return false;
            case "true" or "1" or "on" or "có":
                return true;
            default:
                r.Fail(field, $"{char.ToUpper(label[0], CultureInfo.InvariantCulture)}{label[1..]} chỉ nhận có hoặc không.");
                return false;
        }
    }
}
