using System.Globalization;
using Intranet.Core.Staff;

namespace Intranet.Hr.Rules;

/// <summary>
/// The 12-digit personal ID (số định danh cá nhân, on the CCCD / thẻ căn cước; Luật Căn cước 2023 Art. 12). Digits 1–3:
/// province (or country) where the birth was registered — a historical code, checked against the 63 codes of
/// TT 07/2016/TT-BCA and never used to derive today's province; digit 4: century and sex (0/1 = male/female born
/// 1900–1999, 2/3 for 2000–2099, …); digits 5–6: the last two digits of the birth year.
/// </summary>
public static class PersonalIdRules
{
    public const int Length = 12;

    public static PersonalIdCheck Check(string? personalId, DateOnly? birthDate, StaffSex? sex)
    {
        if (string.IsNullOrEmpty(personalId))
        {
            return new PersonalIdCheck(false, "Chưa nhập số định danh cá nhân (12 chữ số trên thẻ căn cước/CCCD).", []);
        }

        if (personalId.Length != Length || !personalId.All(char.IsAsciiDigit))
        {
            return new PersonalIdCheck(false, "Số định danh cá nhân phải gồm đúng 12 chữ số (0–9), không có khoảng trắng hay ký tự khác.", []);
        }

        var warnings = new List<string>();
        var province = personalId[..3];
        if (!ProvinceCodes.Names.ContainsKey(province))
        {
            warnings.Add($"Mã nơi đăng ký khai sinh “{province}” (3 chữ số đầu) không có trong danh mục 63 tỉnh, thành phố của TT 07/2016/TT-BCA; đề nghị kiểm tra lại số.");
        }

        var centuryDigit = personalId[3] - '0';
        var idSex = centuryDigit % 2 == 0 ? StaffSex.Male : StaffSex.Female;
        var idYear = 1900 + centuryDigit / 2 * 100 + int.Parse(personalId.AsSpan(4, 2), CultureInfo.InvariantCulture);
        if (birthDate is { } born && born.Year != idYear)
        {
            warnings.Add($"Năm sinh theo số định danh ({idYear}) khác năm sinh trong hồ sơ ({born.Year}); đề nghị kiểm tra lại.");
        }

        if (sex is { } recorded && recorded != idSex)
        {
            warnings.Add($"Giới tính theo số định danh ({SexName(idSex)}) khác giới tính trong hồ sơ ({SexName(recorded)}); đề nghị kiểm tra lại.");
        }

        return new PersonalIdCheck(true, null, warnings);
    }

    private static string SexName(StaffSex sex) => sex == StaffSex.Female ? "nữ" : "nam";
}
