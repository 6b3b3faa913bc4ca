using System.Text;
using Intranet.Search.Services;

namespace Intranet.StaffDirectory.Services;

/// <summary>Maps the header cells people actually type (Vietnamese, with or without marks, or English) to column keys.</summary>
public static class ImportColumns
{
    public const string Email = "email";
    public const string FullName = "fullName";
    public const string Unit = "unit";
    public const string Position = "position";
    public const string OfficePhone = "officePhone";
    public const string Mobile = "mobile";
    public const string Room = "room";
    public const string ExternalId = "externalId";
    public const string Active = "active";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["email"] = Email, ["e mail"] = Email, ["email cong vu"] = Email, ["thu cong vu"] = Email, ["dia chi thu"] = Email,
        ["fullname"] = FullName, ["full name"] = FullName, ["name"] = FullName, ["ho va ten"] = FullName, ["ho ten"] = FullName,
        ["unit"] = Unit, ["don vi"] = Unit, ["phong ban"] = Unit, ["ma don vi"] = Unit,
        ["position"] = Position, ["title"] = Position, ["chuc vu"] = Position,
        ["officephone"] = OfficePhone, ["office phone"] = OfficePhone, ["dien thoai co quan"] = OfficePhone, ["dien thoai"] = OfficePhone,
        ["mobile"] = Mobile, ["di dong"] = Mobile, ["dien thoai di dong"] = Mobile,
        ["room"] = Room, ["phong lam viec"] = Room, ["phong"] = Room,
        ["externalid"] = ExternalId, ["external id"] = ExternalId, ["ma can bo"] = ExternalId, ["ma nhan su"] = ExternalId,
        ["active"] = Active, ["dang cong tac"] = Active, ["trang thai"] = Active,
    };

    public static string? Resolve(string? header)
    {
        var folded = VietnameseText.Fold(header?.Trim());
        var clean = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            clean.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var key = string.Join(' ', clean.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Aliases.GetValueOrDefault(key);
    }

    /// <summary>"có", "x", "1", "true" → true; "không", "0", "false", "nghỉ" → false; empty → true.</summary>
    public static bool? ParseActive(string? value)
    {
        var folded = VietnameseText.Fold(value?.Trim());
        return folded switch
        {
            "" or "co" or "x" or "1" or "true" or "yes" or "dang cong tac" => true,
            "khong" or "0" or "false" or "no" or "nghi" or "da nghi" or "chuyen cong tac" => false,
            _ => null,
        };
    }
}
