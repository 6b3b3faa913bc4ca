using System.Globalization;
using Intranet.Learning.Models.Quiz;

namespace Intranet.Learning.Services.Quiz;

/// <summary>The trainer's XLSX: one row per finished attempt (with each question's grade), and the per-question analysis.</summary>
public static class QuizResultsWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly TimeZoneInfo Vietnam = FindVietnam();

    public static byte[] Build(QuizDefinition quiz, IReadOnlyList<QuizAttempt> attempts, IReadOnlyList<QuestionStats> stats)
    {
        var questionIds = stats.Select(s => s.QuestionId).ToList();
        var header = new List<string> { "Học viên", "Đơn vị", "Lần", "Bắt đầu", "Kết thúc", "Trạng thái", "Điểm (%)", "Đạt" };
        header.AddRange(stats.Select((s, i) => $"Câu {i + 1}: {s.Name}"));
        var rows = attempts.Where(a => a.State != QuizAttemptState.InProgress).OrderBy(a => a.DisplayName, StringComparer.Ordinal).ThenBy(a => a.Number).Select(a =>
        {
            var byQuestion = a.Items.GroupBy(i => i.QuestionId).ToDictionary(g => g.Key, g => g.First().Fraction);
            var row = new List<object?>
            {
                a.DisplayName, a.TenantName ?? "Tỉnh", a.Number, Local(a.StartedUtc), a.FinishedUtc is { } f ? Local(f) : null,
                a.State == QuizAttemptState.TimedOut ? "Hết giờ" : "Đã nộp", a.ScorePercent, a.Passed == true ? "Đạt" : "Chưa đạt",
            };
            row.AddRange(questionIds.Select(id => byQuestion.TryGetValue(id, out var fraction) && fraction is { } v ? (object)Math.Round(v * 100, 1) : null));
            return (IReadOnlyList<object?>)row;
        }).ToList();

        var analysis = stats.Select((s, i) => (IReadOnlyList<object?>)new List<object?>
        {
            i + 1, s.Name, s.Type, s.OutcomeCodes, s.Answers, s.ShareCorrect, s.Facility, s.Discrimination,
        });
        return SimpleXlsx.Write(
        [
            new SimpleXlsx.Sheet("Kết quả", header, rows),
            new SimpleXlsx.Sheet("Phân tích câu hỏi", ["STT", "Câu hỏi", "Loại", "Chuẩn đầu ra", "Số lượt trả lời", "Tỷ lệ đúng (%)", "Điểm trung bình (%)", "Độ phân biệt"], analysis),
        ]);
    }

    public static string FileName(QuizDefinition quiz) => $"ket-qua-bai-kiem-tra-{quiz.Id}.xlsx";

    private static string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Vietnam).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static TimeZoneInfo FindVietnam()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");
        }
    }
}
