using System.Security.Claims;
using Intranet.Hr.Models;

namespace Intranet.Hr.Services.Work;

/// <summary>Reading a list's name and window from a request, and who may read which list, for the page and the API alike.</summary>
public static class WorkWindow
{
    public const int DefaultDays = 60;

    public const int DefaultRetirementMonths = 12;

    public static WorkListKind? Parse(string? list) => list?.Trim().ToLowerInvariant() switch
    {
        "steps" or null or "" => WorkListKind.Steps,
        "retirements" => WorkListKind.Retirements,
        "probations" => WorkListKind.Probations,
        "contracts" => WorkListKind.Contracts,
        _ => null,
    };

    public static string Name(WorkListKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>
    /// The window in days: <paramref name="days"/> when given (1–3650), else for retirements <paramref name="months"/>
    /// (default 12; 6 is the notice period), else 60. Throws a 400 <see cref="WorkException"/> for anything else.
    /// </summary>
    public static int Days(WorkListKind kind, int? days, int? months, DateOnly today)
    {
        if (days is { } d)
        {
            return d is >= 0 and <= WorkLists.MaxDays ? d : throw new WorkException(400, $"Số ngày phải từ 0 đến {WorkLists.MaxDays}.");
        }

        if (kind == WorkListKind.Retirements || months is not null)
        {
            var m = months ?? DefaultRetirementMonths;
            return m is >= 1 and <= 120
                ? today.AddMonths(m).DayNumber - today.DayNumber
                : throw new WorkException(400, "Số tháng phải từ 1 đến 120.");
        }

        return DefaultDays;
    }

    /// <summary>Step lines show pay, so they need the salary group besides the basic one.</summary>
    public static async Task<bool> MayReadAsync(HrAccess access, ClaimsPrincipal user, WorkListKind kind)
    {
        ArgumentNullException.ThrowIfNull(access);
        return await access.MayReadAsync(user, HrGroup.Basic)
            && (kind != WorkListKind.Steps || await access.MayReadAsync(user, HrGroup.Salary));
    }

    public static string UserId(ClaimsPrincipal user) =>
        user?.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new WorkException(401, "Chưa đăng nhập.");
}
