using System.Text.Json;
using Intranet.Core.Recipes;
using Intranet.Site.Models;
using Intranet.Site.Services;
using Intranet.Site.ViewModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Site.Recipes;

/// <summary>
/// <c>{ "name": "content", "news": [ { "title", "summary", "body" (Markdown), "date": "dd/MM/yyyy"?, "slug"? } ],
/// "pages": [ { "title", "slug", "body" } ] }</c>. An item whose slug exists is updated, so a recipe can run again.
/// </summary>
public sealed class ContentStep : IRecipeStepHandler
{
    public string StepName => "content";

    public IEnumerable<string> Validate(RecipeStep step)
    {
        foreach (var (item, i) in Items(step, "news"))
        {
            foreach (var error in SiteValidation.Check(News(item), out _).Values)
            {
                yield return $"news[{i}]: {error}";
            }
        }

        foreach (var (item, i) in Items(step, "pages"))
        {
            foreach (var error in SiteValidation.Check(Page(item)).Values)
            {
                yield return $"pages[{i}]: {error}";
            }
        }

        foreach (var name in new[] { "news", "pages" })
        {
            if (step.Data.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Array)
            {
                yield return $"'{name}' phải là một danh sách.";
            }
        }
    }

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<SiteDbContext>();
        var now = DateTime.UtcNow;
        var today = VietnamClock.Today(TimeProvider.System);
        foreach (var (element, _) in Items(step, "news"))
        {
            var input = News(element);
            SiteValidation.Check(input, out var publishedOn);
            var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slugs.FromTitle(input.Title!) : input.Slug.Trim();
            var item = await db.News.FirstOrDefaultAsync(n => n.Slug == slug, cancellationToken)
                ?? db.News.Local.FirstOrDefault(n => n.Slug == slug);
            if (item is null)
            {
                item = new NewsItem { Slug = slug, CreatedUtc = now, Author = SiteStep.Text(element, "author") };
                db.News.Add(item);
            }

            item.Title = input.Title!.Trim();
            item.Summary = string.IsNullOrWhiteSpace(input.Summary) ? null : input.Summary.Trim();
            item.Body = input.Body!;
            item.PublishedOn = publishedOn ?? today;
            item.UpdatedUtc = now;
        }

        foreach (var (element, _) in Items(step, "pages"))
        {
            var input = Page(element);
            var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slugs.FromTitle(input.Title!) : input.Slug.Trim();
            var page = await db.Pages.FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken)
                ?? db.Pages.Local.FirstOrDefault(p => p.Slug == slug);
            if (page is null)
            {
                page = new SitePage { Slug = slug };
                db.Pages.Add(page);
            }

            page.Title = input.Title!.Trim();
            page.Body = input.Body!;
            page.UpdatedUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static IEnumerable<(JsonElement Item, int Index)> Items(RecipeStep step, string name) =>
        step.Data.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select((e, i) => (e, i + 1))
            : [];

    private static NewsInput News(JsonElement e) => new()
    {
        Title = SiteStep.Text(e, "title"),
        Slug = SiteStep.Text(e, "slug"),
        Summary = SiteStep.Text(e, "summary"),
        Body = SiteStep.Text(e, "body"),
        PublishedOn = SiteStep.Text(e, "date"),
    };

    private static PageInput Page(JsonElement e) => new()
    {
        Title = SiteStep.Text(e, "title"),
        Slug = SiteStep.Text(e, "slug"),
        Body = SiteStep.Text(e, "body"),
    };
}
