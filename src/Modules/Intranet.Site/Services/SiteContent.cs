using Intranet.Core.Audit;
using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Intranet.Site.Models;
using Intranet.Site.ViewModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Site.Services;

/// <summary>
/// Reads and changes the current tenant's site. Every change runs in its own DI scope with one
/// <see cref="DataTransactionScope"/>, so the row and its audit entry commit together or not at all.
/// </summary>
public sealed class SiteContent
{
    public const int PageSize = 20;

    private readonly IServiceProvider _services;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly SiteCache? _cache;
    private readonly string? _tenantName;

    private SiteDbContext? _db;

    public SiteContent(IServiceProvider services, IServiceScopeFactory scopes, TimeProvider? time = null, SiteCache? cache = null, ITenantAccessor? tenants = null)
    {
        _services = services;
        _scopes = scopes;
        _time = time ?? TimeProvider.System;
        _cache = cache;
        _tenantName = tenants?.Current?.Name;
    }

    /// <summary>Created on first use: a cached home page needs no context at all.</summary>
    private SiteDbContext Db => _db ??= _services.GetRequiredService<SiteDbContext>();

    public DateOnly Today => VietnamClock.Today(_time);

    public Task<SiteProfile> ProfileAsync(CancellationToken cancellationToken = default) =>
        CachedAsync("profile", async () => await Db.Profiles.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new SiteProfile());

    public Task<List<QuickLink>> QuickLinksAsync(CancellationToken cancellationToken = default) =>
        CachedAsync("links", () => Db.QuickLinks.AsNoTracking().OrderBy(l => l.Position).ThenBy(l => l.Id).ToListAsync(cancellationToken));

    /// <summary>Published news (dated today or earlier), newest first, one page.</summary>
    public Task<Paged<NewsItem>> PublishedNewsAsync(int page, int pageSize = PageSize, CancellationToken cancellationToken = default)
    {
        var today = Today;
        return CachedAsync(FormattableString.Invariant($"news:{today:yyyyMMdd}:{page}:{pageSize}"), () =>
            PageAsync(Db.News.AsNoTracking().Where(n => n.PublishedOn <= today), page, pageSize, cancellationToken));
    }

    /// <summary>Every article, scheduled ones too, for the editors.</summary>
    public Task<Paged<NewsItem>> AllNewsAsync(int page, CancellationToken cancellationToken = default) =>
        PageAsync(Db.News.AsNoTracking(), page, PageSize, cancellationToken);

    public Task<NewsItem?> PublishedArticleAsync(string slug, CancellationToken cancellationToken = default)
    {
        var today = Today;
        return Db.News.AsNoTracking().FirstOrDefaultAsync(n => n.Slug == slug && n.PublishedOn <= today, cancellationToken);
    }

    public Task<NewsItem?> ArticleAsync(int id, CancellationToken cancellationToken = default) =>
        Db.News.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);

    public Task<SitePage?> PageAsync(string slug, CancellationToken cancellationToken = default) =>
        Db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);

    public Task<SitePage?> PageAsync(int id, CancellationToken cancellationToken = default) =>
        Db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<Paged<SitePage>> PagesAsync(int page, CancellationToken cancellationToken = default) =>
        CachedAsync(FormattableString.Invariant($"pages:{page}"), () => LoadPagesAsync(page, cancellationToken));

    /// <summary>Reads through the per-tenant cache when there is one (the web host), else the database.</summary>
    private Task<T> CachedAsync<T>(string what, Func<Task<T>> load) =>
        _cache is not null && _tenantName is not null ? _cache.GetOrLoadAsync(_tenantName, what, load) : load();

    private async Task<Paged<SitePage>> LoadPagesAsync(int page, CancellationToken cancellationToken)
    {
        var query = Db.Pages.AsNoTracking().OrderBy(p => p.Title);
        var total = await query.CountAsync(cancellationToken);
        var paged = new Paged<SitePage>([], total, page, PageSize);
        return paged with { Items = await query.Skip((paged.Page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken) };
    }

    public Task<SiteWriteResult> SaveNewsAsync(int? id, NewsInput input, string? author, CancellationToken cancellationToken = default)
    {
        var errors = SiteValidation.Check(input, out var publishedOn);
        if (errors.Count > 0)
        {
            return Task.FromResult(SiteWriteResult.Failed(errors));
        }

        return WriteAsync(async db =>
        {
            var item = id is null ? new NewsItem { CreatedUtc = Now, Author = author } : await db.News.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
            if (item is null)
            {
                return (SiteWriteResult.Failed("", "Bài viết không còn tồn tại."), null);
            }

            var slug = await SlugForAsync(db.News.Where(n => n.Id != item.Id).Select(n => n.Slug), input.Slug, input.Title!, cancellationToken);
            if (slug is null)
            {
                return (SiteWriteResult.Failed(nameof(NewsInput.Slug), "Đường dẫn này đã được một bài viết khác dùng."), null);
            }

            item.Title = input.Title!.Trim();
            item.Slug = slug;
            item.Summary = string.IsNullOrWhiteSpace(input.Summary) ? null : input.Summary.Trim();
            item.Body = input.Body!;
            item.PublishedOn = publishedOn ?? (id is null ? Today : item.PublishedOn);
            item.UpdatedUtc = Now;
            if (id is null)
            {
                db.News.Add(item);
            }

            return (SiteWriteResult.Ok(slug), new AuditEvent("site", id is null ? "news.created" : "news.updated", slug, item.Title));
        }, cancellationToken);
    }

    public Task<SiteWriteResult> DeleteNewsAsync(int id, CancellationToken cancellationToken = default) => WriteAsync(async db =>
    {
        var item = await db.News.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (item is null)
        {
            return (SiteWriteResult.Failed("", "Bài viết không còn tồn tại."), null);
        }

        db.News.Remove(item);
        return (SiteWriteResult.Ok(item.Slug), new AuditEvent("site", "news.deleted", item.Slug, item.Title));
    }, cancellationToken);

    public Task<SiteWriteResult> SavePageAsync(int? id, PageInput input, CancellationToken cancellationToken = default)
    {
        var errors = SiteValidation.Check(input);
        if (errors.Count > 0)
        {
            return Task.FromResult(SiteWriteResult.Failed(errors));
        }

        return WriteAsync(async db =>
        {
            var page = id is null ? new SitePage() : await db.Pages.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (page is null)
            {
                return (SiteWriteResult.Failed("", "Trang không còn tồn tại."), null);
            }

            var slug = await SlugForAsync(db.Pages.Where(p => p.Id != page.Id).Select(p => p.Slug), input.Slug, input.Title!, cancellationToken);
            if (slug is null)
            {
                return (SiteWriteResult.Failed(nameof(PageInput.Slug), "Đường dẫn này đã được một trang khác dùng."), null);
            }

            page.Title = input.Title!.Trim();
            page.Slug = slug;
            page.Body = input.Body!;
            page.UpdatedUtc = Now;
            if (id is null)
            {
                db.Pages.Add(page);
            }

            return (SiteWriteResult.Ok(slug), new AuditEvent("site", id is null ? "page.created" : "page.updated", slug, page.Title));
        }, cancellationToken);
    }

    public Task<SiteWriteResult> DeletePageAsync(int id, CancellationToken cancellationToken = default) => WriteAsync(async db =>
    {
        var page = await db.Pages.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (page is null)
        {
            return (SiteWriteResult.Failed("", "Trang không còn tồn tại."), null);
        }

        db.Pages.Remove(page);
        return (SiteWriteResult.Ok(page.Slug), new AuditEvent("site", "page.deleted", page.Slug, page.Title));
    }, cancellationToken);

    public Task<SiteWriteResult> SaveSettingsAsync(SettingsInput input, CancellationToken cancellationToken = default)
    {
        var errors = SiteValidation.Check(input, out var links);
        if (errors.Count > 0)
        {
            return Task.FromResult(SiteWriteResult.Failed(errors));
        }

        return WriteAsync(async db =>
        {
            await ApplySettingsAsync(db, input.Description, links, Now, cancellationToken);
            return (SiteWriteResult.Ok(), new AuditEvent("site", "settings.updated", null, $"{links.Count} liên kết nhanh"));
        }, cancellationToken);
    }

    /// <summary>Replaces the description and the quick links (also used by the recipe step, inside its transaction).</summary>
    internal static async Task ApplySettingsAsync(SiteDbContext db, string? description, IReadOnlyList<QuickLink> links, DateTime now, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.FirstOrDefaultAsync(cancellationToken);
        if (profile is null)
        {
            profile = new SiteProfile();
            db.Profiles.Add(profile);
        }

        profile.Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        profile.UpdatedUtc = now;
        db.QuickLinks.RemoveRange(await db.QuickLinks.ToListAsync(cancellationToken));
        db.QuickLinks.AddRange(links.Select((l, i) => new QuickLink { Text = l.Text, Url = l.Url, Position = i }));
    }

    /// <summary>The requested slug if free (null if taken), or one made from the title and made unique.</summary>
    internal static async Task<string?> SlugForAsync(IQueryable<string> others, string? requested, string title, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            var wanted = requested.Trim();
            return await others.AnyAsync(s => s == wanted, cancellationToken) ? null : wanted;
        }

        var stem = Slugs.FromTitle(title);
        var taken = (await others.Where(s => s == stem || s.StartsWith(stem + "-")).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return Slugs.Unique(stem, taken.Contains);
    }

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    private async Task<SiteWriteResult> WriteAsync(Func<SiteDbContext, Task<(SiteWriteResult Result, AuditEvent? Audit)>> change, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var transaction = scope.ServiceProvider.GetRequiredService<DataTransactionScope>();
        transaction.Begin();
        var db = scope.ServiceProvider.GetRequiredService<SiteDbContext>();
        var (result, audit) = await change(db);
        if (!result.Succeeded || audit is null)
        {
            return result;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two editors took the same slug at once: the unique index refused the second.
            return SiteWriteResult.Failed("Slug", "Đường dẫn này vừa được người khác dùng. Hãy chọn đường dẫn khác.");
        }

        await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(audit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private static async Task<Paged<NewsItem>> PageAsync(IQueryable<NewsItem> query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var paged = new Paged<NewsItem>([], total, page, pageSize);
        var items = await query.OrderByDescending(n => n.PublishedOn).ThenByDescending(n => n.Id)
            .Skip((paged.Page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return paged with { Items = items };
    }
}
