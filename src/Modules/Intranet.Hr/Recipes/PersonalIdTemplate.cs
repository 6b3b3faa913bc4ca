using System.Globalization;
using Intranet.Core.Staff;

namespace Intranet.Hr.Recipes;

/// <summary>
/// Demo birth dates are relative to the day the recipe runs, so a fixed CCCD would soon disagree with them. In the
/// <c>hr</c> step a personal ID may be written <c>PPP*NNNNNN</c>: the province code, then <c>*</c> for the
/// century-and-sex digit and the two-digit birth year (computed from the record), then six digits. A literal
/// 12-digit ID is kept as written (the demo's "CCCD warning" case is one).
/// </summary>
public static class PersonalIdTemplate
{
    public static bool IsValid(string? text) =>
        text is { Length: 12 } && text.All(char.IsAsciiDigit)
        || text is { Length: 10 } && text[3] == '*' && text.Remove(3, 1).All(char.IsAsciiDigit);

    public static string Expand(string text, DateOnly birthDate, StaffSex sex)
    {
        if (text.Length == 12)
        {
            return text;
        }

        // Circular 59/2021: 0/1 male/female born 1900–1999, 2/3 born 2000–2099.
        var century = (birthDate.Year >= 2000 ? 2 : 0) + (sex == StaffSex.Female ? 1 : 0);
        return text[..3] + century.ToString(CultureInfo.InvariantCulture) + (birthDate.Year % 100).ToString("00", CultureInfo.InvariantCulture) + text[4..];
    }
}
