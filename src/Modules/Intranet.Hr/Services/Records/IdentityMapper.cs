using Intranet.Core.Staff;
using Intranet.Hr.Models;

namespace Intranet.Hr.Services.Records;

/// <summary>Checks an <see cref="IdentityInput"/> and copies it onto a record, or throws every message at once.</summary>
public static class IdentityMapper
{
    private static readonly Dictionary<string, StaffSex> SexAliases = new(StringComparer.Ordinal)
    {
        ["nam"] = StaffSex.Male,
        ["nu"] = StaffSex.Female,
    };

    private static readonly Dictionary<string, StaffStatus> StatusAliases = new(StringComparer.Ordinal)
    {
        ["dang cong tac"] = StaffStatus.Active,
        ["tap su"] = StaffStatus.Probation,
        ["nghi huu"] = StaffStatus.Retired,
        ["thoi viec"] = StaffStatus.Left,
    };

    public static void Apply(IdentityInput input, StaffRecord record)
    {
        var r = new InputReader();
        var personalId = input.PersonalId?.Trim() ?? "";
        if (personalId.Length == 0)
        {
            r.Fail("personalId", "Chưa nhập số định danh cá nhân (CCCD).");
        }
        else if (personalId.Length != 12 || !personalId.All(char.IsAsciiDigit))
        {
            r.Fail("personalId", "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số.");
        }

        var fullName = r.Text("fullName", input.FullName, "họ và tên", 150, required: true);
        var sex = r.Choice("sex", input.Sex, "giới tính", SexAliases, required: true);
        var birth = r.Date("birthDate", input.BirthDate, "ngày sinh", required: true);
        if (birth is { } b && (b > HrDates.Today() || b.Year < 1920))
        {
            r.Fail("birthDate", "Ngày sinh phải sau năm 1920 và không ở tương lai.");
        }

        var category = r.Choice<StaffCategory>("category", input.Category, "loại cán bộ");
        var status = r.Choice("status", input.Status, "trạng thái", StatusAliases);
        if (status == StaffStatus.TransferredOut)
        {
            r.Fail("status", "Trạng thái 'đã chuyển đi' chỉ do chức năng điều động ghi.");
        }

        var otherNames = r.Text("otherNames", input.OtherNames, "tên gọi khác", 150);
        var birthPlace = r.Text("birthPlace", input.BirthPlace, "nơi sinh", 250);
        var hometown = r.Text("hometown", input.Hometown, "quê quán", 250);
        var ethnicity = r.Text("ethnicityCode", input.EthnicityCode, "mã dân tộc", 40);
        var religion = r.Text("religionCode", input.ReligionCode, "mã tôn giáo", 40);
        var permanent = r.Text("permanentAddress", input.PermanentAddress, "nơi thường trú", 300);
        var current = r.Text("currentAddress", input.CurrentAddress, "nơi ở hiện nay", 300);
        var issued = r.Date("personalIdIssuedOn", input.PersonalIdIssuedOn, "ngày cấp CCCD");
        var staffNumber = r.Text("staffNumber", input.StaffNumber, "số hiệu cán bộ", 40);
        var insurance = r.Text("socialInsuranceNumber", input.SocialInsuranceNumber, "số sổ BHXH", 40);
        var phone = r.Text("phone", input.Phone, "số điện thoại", 40);
        var email = r.Text("email", input.Email, "thư điện tử", 254);
        if (email is not null && (!email.Contains('@', StringComparison.Ordinal) || email.Any(char.IsWhiteSpace)))
        {
            r.Fail("email", "Thư điện tử không đúng dạng (ví dụ ten@so.gov.vn).");
        }

        var recruited = r.Date("recruitedOn", input.RecruitedOn, "ngày tuyển dụng");
        var agency = r.Text("recruitingAgency", input.RecruitingAgency, "cơ quan tuyển dụng", 250);
        var joined = r.Date("joinedAgencyOn", input.JoinedAgencyOn, "ngày vào cơ quan");
        var probation = r.Date("probationEndsOn", input.ProbationEndsOn, "ngày hết tập sự");
        var contract = r.Date("contractEndsOn", input.ContractEndsOn, "ngày hết hợp đồng");
        var account = r.Text("accountId", input.AccountId, "tài khoản", 64);
        r.ThrowIfInvalid();

        record.PersonalId = personalId;
        record.FullName = fullName!;
        record.Sex = sex!.Value;
        record.BirthDate = input.BirthYearOnly ? new DateOnly(birth!.Value.Year, 1, 1) : birth!.Value;
        record.BirthDatePrecision = input.BirthYearOnly ? DatePrecision.YearOnly : DatePrecision.Day;
        record.Category = category ?? record.Category;
        record.Status = status ?? record.Status;
        record.OtherNames = otherNames;
        record.BirthPlace = birthPlace;
        record.Hometown = hometown;
        record.EthnicityCode = ethnicity;
        record.ReligionCode = religion;
        record.PermanentAddress = permanent;
        record.CurrentAddress = current;
        record.PersonalIdIssuedOn = issued;
        record.StaffNumber = staffNumber;
        record.SocialInsuranceNumber = insurance;
        record.Phone = phone;
        record.Email = email;
        record.RecruitedOn = recruited;
        record.RecruitingAgency = agency;
        record.JoinedAgencyOn = joined;
        record.ProbationEndsOn = probation;
        record.ContractEndsOn = contract;
        record.AccountId = account;
    }

    /// <summary>The record's identity as the form shows it (dates dd/MM/yyyy).</summary>
    public static IdentityInput From(StaffRecord r) => new()
    {
        PersonalId = r.PersonalId,
        FullName = r.FullName,
        OtherNames = r.OtherNames,
        Sex = r.Sex.ToString(),
        BirthDate = HrDates.Show(r.BirthDate),
        BirthYearOnly = r.BirthDatePrecision == DatePrecision.YearOnly,
        BirthPlace = r.BirthPlace,
        Hometown = r.Hometown,
        EthnicityCode = r.EthnicityCode,
        ReligionCode = r.ReligionCode,
        PermanentAddress = r.PermanentAddress,
        CurrentAddress = r.CurrentAddress,
        PersonalIdIssuedOn = HrDates.Show(r.PersonalIdIssuedOn),
        StaffNumber = r.StaffNumber,
        SocialInsuranceNumber = r.SocialInsuranceNumber,
        Phone = r.Phone,
        Email = r.Email,
        Category = r.Category.ToString(),
        Status = r.Status.ToString(),
        RecruitedOn = HrDates.Show(r.RecruitedOn),
        RecruitingAgency = r.RecruitingAgency,
        JoinedAgencyOn = HrDates.Show(r.JoinedAgencyOn),
        ProbationEndsOn = HrDates.Show(r.ProbationEndsOn),
        ContractEndsOn = HrDates.Show(r.ContractEndsOn),
        AccountId = r.AccountId,
    };
}
