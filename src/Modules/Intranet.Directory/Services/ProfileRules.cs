using System.Net.Mail;
using System.Text.RegularExpressions;
using Intranet.Core.Validation;
using Intranet.StaffDirectory.Models;
using Intranet.Search.Services;

namespace Intranet.StaffDirectory.Services;

/// <summary>Checks of units and profiles, shared by the admin pages, the API, recipes and imports.</summary>
public static partial class ProfileRules
{
    /// <summary>Unit ids that are path segments of the province pages (/directory/{tenant}/chart…).</summary>
    public static readonly IReadOnlySet<string> ReservedUnitIds = new HashSet<string>(StringComparer.Ordinal) { "chart", "people", "export", "vcard", "csv", "typeahead" };

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : VietnameseText.Normalize(value.Trim());

    public static void CheckUnit(UnitInput unit, Dictionary<string, List<string>> errors)
    {
        if (string.IsNullOrWhiteSpace(unit.Id) || !SlugPattern().IsMatch(unit.Id) || unit.Id.Length > 64)
        {
            Add(errors, "id", "Mã đơn vị chỉ gồm chữ thường không dấu, số và dấu gạch ngang (tối đa 64 ký tự), ví dụ: phong-to-chuc.");
        }
        else if (ReservedUnitIds.Contains(unit.Id))
        {
            Add(errors, "id", $"Mã đơn vị '{unit.Id}' đã được dành riêng, hãy chọn mã khác.");
        }

        if (string.IsNullOrWhiteSpace(unit.Name))
        {
            Add(errors, "name", "Tên đơn vị là bắt buộc.");
        }
        else if (unit.Name.Trim().Length > 200)
        {
            Add(errors, "name", "Tên đơn vị dài quá 200 ký tự.");
        }
        else if (NameRule.Check(unit.Name, "Tên đơn vị") is { } invalidUnitName)
        {
            Add(errors, "name", invalidUnitName);
        }

        if (unit.ParentId is not null && unit.ParentId == unit.Id)
        {
            Add(errors, "parent", "Đơn vị không thể là cấp trên của chính nó.");
        }
    }

    public static void CheckPerson(PersonInput person, Dictionary<string, List<string>> errors)
    {
        var name = Clean(person.FullName);
        if (name is null)
        {
            Add(errors, "fullName", "Họ và tên là bắt buộc.");
        }
        else if (name.Length > 150)
        {
            Add(errors, "fullName", "Họ và tên dài quá 150 ký tự.");
        }
        else if (NameRule.Check(person.FullName, "Họ và tên") is { } invalidName)
        {
            Add(errors, "fullName", invalidName);
        }

        if (Clean(person.Email) is { } email && !IsEmail(email))
        {
            Add(errors, "email", $"Địa chỉ thư '{email}' không hợp lệ.");
        }

        if (Clean(person.ExternalId) is { Length: > 64 })
        {
            Add(errors, "externalId", "Mã cán bộ dài quá 64 ký tự.");
        }

        CheckPhone(person.OfficePhone, "officePhone", "Điện thoại cơ quan", errors);
        CheckPhone(person.Mobile, "mobile", "Điện thoại di động", errors);
        if (Clean(person.Room) is { Length: > 60 })
        {
            Add(errors, "room", "Phòng làm việc dài quá 60 ký tự.");
        }

        if (Clean(person.Position) is { Length: > 150 })
        {
            Add(errors, "position", "Chức vụ dài quá 150 ký tự.");
        }

        CheckText(person.Position, "position", "Chức vụ", errors);
        CheckText(person.Room, "room", "Phòng làm việc", errors);
    }

    public static void CheckPhone(string? value, string field, string label, Dictionary<string, List<string>> errors)
    {
        if (Clean(value) is { } phone && (phone.Length > 40 || !PhonePattern().IsMatch(phone)))
        {
            Add(errors, field, $"{label} '{phone}' không hợp lệ: chỉ gồm chữ số, dấu cách, +, -, (, ), . và tối đa 40 ký tự.");
        }
    }

    /// <summary>The product's name rule (no control, bidi or invisible characters) on a short text field.</summary>
    public static void CheckText(string? value, string field, string label, Dictionary<string, List<string>> errors)
    {
        if (NameRule.Check(value, label) is { } invalid)
        {
            Add(errors, field, invalid);
        }
    }

    public static bool IsEmail(string value) =>
        value.Length <= 254 && MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);

    public static IReadOnlyDictionary<string, string[]> Freeze(Dictionary<string, List<string>> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 ().\-]{2,39}$")]
    private static partial Regex PhonePattern();
}
