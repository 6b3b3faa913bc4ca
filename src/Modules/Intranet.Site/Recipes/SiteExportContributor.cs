using System.Globalization;
using System.Text.Json.Nodes;
using Intranet.Core.Localization;
using Intranet.Core.Recipes;
using Intranet.Core.Tenants;
using Intranet.Site.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Site.Recipes;

/// <summary>Writes the site's settings and content as <c>site</c> and <c>content</c> steps, so an export re-imports.</summary>
public sealed class SiteExportContributor : IRecipeExportContributor
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantAccessor _tenants;

    public SiteExportContributor(IServiceScopeFactory scopes, ITenantAccessor tenants)
    {
        _scopes = scopes;
        _tenants = tenants;
    }

    /// <summary>After features and theme (the tables must exist when the export is imported).</summary>
    public int Order => 300;

    public async Task ContributeAsync(Tenant tenant, JsonArray steps, CancellationToken cancellationToken)
    {
        if (!tenant.IsFeatureEnabled(Startup.FeatureId))
        {
            return;
        }

        using var enter = _tenants.Enter(tenant);
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SiteDbContext>();
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var links = await db.QuickLinks.AsNoTracking().OrderBy(l => l.Position).ToListAsync(cancellationToken);
        steps.Add(new JsonObject
        {
            ["name"] = "site",
            ["description"] = profile?.Description,
            ["quickLinks"] = new JsonArray([.. links.Select(l => (JsonNode)new JsonObject { ["text"] = l.Text, ["url"] = l.Url })]),
        });

        var news = await db.News.AsNoTracking().OrderBy(n => n.PublishedOn).ThenBy(n => n.Id).ToListAsync(cancellationToken);
        var pages = await db.Pages.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);
        steps.Add(new JsonObject
        {
            ["name"] = "content",
            ["news"] = new JsonArray([.. news.Select(n => (JsonNode)new JsonObject
            {
                ["title"] = n.Title,
                ["slug"] = n.Slug,
                ["summary"] = n.Summary,
                ["body"] = n.Body,
                ["date"] = n.PublishedOn.ToString(Cultures.DateFormat, CultureInfo.InvariantCulture),
                ["author"] = n.Author,
            })]),
            ["pages"] = new JsonArray([.. pages.Select(p => (JsonNode)new JsonObject { ["title"] = p.Title, ["slug"] = p.Slug, ["body"] = p.Body })]),
        });
    }
}
