using Intranet.Hr.Models;

namespace Intranet.Hr.Services.Work;

/// <summary>A work list as an .xlsx workbook: one sheet, Vietnamese headers, dates as dates (dd/MM/yyyy), the CCCD masked.</summary>
public static class WorkListExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FileName(WorkListKind kind, DateOnly today) => $"danh-sach-{Slug(kind)}-{today:yyyyMMdd}.xlsx";

    public static string Slug(WorkListKind kind) => kind switch
    {
        WorkListKind.Steps => "nang-bac",
        WorkListKind.Retirements => "nghi-huu",
        WorkListKind.Probations => "het-tap-su",
        _ => "het-hop-dong",
    };

    public static string Title(WorkListKind kind) => kind switch
    {
        WorkListKind.Steps => "Đến hạn nâng bậc lương, phụ cấp thâm niên vượt khung",
        WorkListKind.Retirements => "Đến tuổi nghỉ hưu",
        WorkListKind.Probations => "Hết thời gian tập sự",
        _ => "Hết hạn hợp đồng",
    };

    public static byte[] Build(WorkListKind kind, IReadOnlyList<WorkItem> items, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(items);
        string[] headers = kind switch
        {
            WorkListKind.Steps => ["STT", "Họ và tên", "Số định danh", "Đơn vị", "Ngạch", "Thang lương", "Bậc hiện hưởng", "Hệ số", "% vượt khung", "Ngày đến hạn", "Quá hạn", "Bậc mới", "Hệ số mới", "% vượt khung mới", "Kéo dài (tháng)", "Nâng trước (tháng)", "Có dự thảo"],
            WorkListKind.Retirements => ["STT", "Họ và tên", "Số định danh", "Đơn vị", "Ngày nghỉ hưu", "Thông báo trước ngày", "Phải thông báo ngay", "Quá hạn", "Đã có quyết định"],
            _ => ["STT", "Họ và tên", "Số định danh", "Đơn vị", "Ngày kết thúc", "Quá hạn", "Có dự thảo"],
        };
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { new XlsxSheet.Header($"{Title(kind)} — lập ngày {today:dd/MM/yyyy}") },
            Array.Empty<object?>(),
            headers.Select(h => (object?)new XlsxSheet.Header(h)).ToArray(),
        };
        var n = 0;
        foreach (var i in items)
        {
            n++;
            rows.Add(kind switch
            {
                WorkListKind.Steps => [n, i.FullName, i.MaskedPersonalId, i.UnitName, i.RankCode, i.ScaleCode, i.CurrentStep, i.CurrentCoefficient, i.CurrentExceedingPercent, i.DueDate, YesNo(i.Overdue), i.NextStep, i.NextCoefficient, i.NextExceedingPercent, i.ExtensionMonths, i.EarlyMonths, YesNo(i.DraftId is not null)],
                WorkListKind.Retirements => [n, i.FullName, i.MaskedPersonalId, i.UnitName, i.DueDate, i.NotifyBy, YesNo(i.MustNotifyNow), YesNo(i.Overdue), YesNo(i.Scheduled)],
                _ => new object?[] { n, i.FullName, i.MaskedPersonalId, i.UnitName, i.DueDate, YesNo(i.Overdue), YesNo(i.DraftId is not null) },
            });
        }

        return XlsxSheet.Write("Danh sach", rows);
    }

    private static string? YesNo(bool value) => value ? "Có" : null;

    internal static string KindLabel(DraftKind kind) => kind switch
    {
        DraftKind.RegularStep => "Nâng bậc lương thường xuyên",
        DraftKind.ExceedingAllowance => "Phụ cấp thâm niên vượt khung",
        DraftKind.Retirement => "Nghỉ hưu",
        DraftKind.ProbationEnd => "Hết tập sự",
        _ => "Hết hạn hợp đồng",
    };
}
