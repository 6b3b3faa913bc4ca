using System.Text.Json;
using Intranet.Core.Recipes;
using Intranet.Site.Models;
using Intranet.Site.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Site.Recipes;

/// <summary><c>{ "name": "site", "description": "…", "quickLinks": [ { "text": "…", "url": "/directory" } ] }</c>: the home page's settings.</summary>
public sealed class SiteStep : IRecipeStepHandler
{
    public string StepName => "site";

    public IEnumerable<string> Validate(RecipeStep step)
    {
        if (step.GetString("description") is { Length: > SiteLimits.Description })
        {
            yield return "'description' dài quá 1000 ký tự.";
        }

        if (step.Data.TryGetProperty("quickLinks", out var links))
        {
            if (links.ValueKind != JsonValueKind.Array)
            {
                yield return "'quickLinks' phải là một danh sách { text, url }.";
                yield break;
            }

            var i = 0;
            foreach (var link in links.EnumerateArray())
            {
                i++;
                var text = Text(link, "text");
                var url = Text(link, "url");
                if (string.IsNullOrWhiteSpace(text) || text.Length > SiteLimits.LinkText)
                {
                    yield return $"quickLinks[{i}]: cần 'text' (tối đa 100 ký tự).";
                }

                if (!LinkRules.IsAllowed(url))
                {
                    yield return $"quickLinks[{i}]: 'url' phải bắt đầu bằng / hoặc https:// (có: '{url}').";
                }
            }

            if (i > SiteLimits.QuickLinks)
            {
                yield return "Tối đa 20 liên kết nhanh.";
            }
        }
    }

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var links = step.Data.TryGetProperty("quickLinks", out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(l => new QuickLink { Text = Text(l, "text")!.Trim(), Url = Text(l, "url")!.Trim() }).ToList()
            : [];
        var db = context.Services.GetRequiredService<SiteDbContext>();
        await SiteContent.ApplySettingsAsync(db, step.GetString("description"), links, DateTime.UtcNow, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    internal static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
