using Intranet.AuditTrail.Models;
using Intranet.AuditTrail.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Intranet.AuditTrail.Services;

/// <summary>Filters and pages the current tenant's chain for the viewer, newest first.</summary>
public sealed class AuditQuery
{
    public const int PageSize = 50;

    private readonly AuditDbContext _db;

    public AuditQuery(AuditDbContext db) => _db = db;

    public async Task<AuditPage> RunAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        var from = Day(filter.From, "From", errors);
        var to = Day(filter.To, "To", errors);
        if (from is { } f && to is { } t && f > t)
        {
            errors["To"] = "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.";
        }

        var categories = await _db.Entries.AsNoTracking().Select(e => e.Category).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
        if (errors.Count > 0)
        {
            return new AuditPage { Filter = filter, Categories = categories, Errors = errors, PageSize = PageSize };
        }

        IQueryable<AuditEntry> query = _db.Entries.AsNoTracking();
        if (from is { } start)
        {
            var utc = AuditTime.StartOfDayUtc(start);
            query = query.Where(e => e.TimeUtc >= utc);
        }

        if (to is { } end)
        {
            var utc = AuditTime.EndOfDayUtc(end);
            query = query.Where(e => e.TimeUtc < utc);
        }

        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            query = query.Where(e => e.Category == filter.Category);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = "%" + Escape(filter.Actor.Trim()) + "%";
            // Case-insensitive on both providers (SQLite's LIKE for ASCII; PostgreSQL needs ILIKE).
            query = _db.Database.IsNpgsql()
                ? query.Where(e => EF.Functions.ILike(e.Actor, actor, "\\"))
                : query.Where(e => EF.Functions.Like(e.Actor, actor, "\\"));
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var text = "%" + Escape(filter.Q.Trim()) + "%";
            query = _db.Database.IsNpgsql()
                ? query.Where(e => EF.Functions.ILike(e.Action, text, "\\") || EF.Functions.ILike(e.Subject!, text, "\\") || EF.Functions.ILike(e.Details!, text, "\\"))
                : query.Where(e => EF.Functions.Like(e.Action, text, "\\") || EF.Functions.Like(e.Subject!, text, "\\") || EF.Functions.Like(e.Details!, text, "\\"));
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        filter.Page = Math.Clamp(filter.Page, 1, pageCount);
        var entries = await query.OrderByDescending(e => e.Id).Skip((filter.Page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new AuditPage { Filter = filter, Entries = entries, Categories = categories, Total = total, PageSize = PageSize };
    }

    private static DateOnly? Day(string? text, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var day = AuditTime.ParseDay(text);
        if (day is null)
        {
            errors[field] = "Ngày phải có dạng dd/MM/yyyy, ví dụ 05/03/2026.";
        }

        return day;
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
