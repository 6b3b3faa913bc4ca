using Intranet.Core.Recipes;
using Intranet.Core.Themes;

namespace Intranet.Tenants.Recipes;

/// <summary><c>{ "name": "theme", "site": "Department", "admin": "TheAdmin" }</c>: the tenant's site theme. The admin theme is one for the whole installation; naming it only checks it exists.</summary>
public sealed class ThemeStep : IRecipeStepHandler
{
    private readonly ThemeCatalog _themes;

    public ThemeStep(ThemeCatalog themes) => _themes = themes;

    public string StepName => "theme";

    public IEnumerable<string> Validate(RecipeStep step)
    {
        var site = step.GetString("site");
        var admin = step.GetString("admin");
        if (site is null && admin is null)
        {
            yield return "Cần 'site' (giao diện của trang đơn vị) hoặc 'admin'.";
        }

        if (site is not null && _themes.Find(site) is not { IsAdminTheme: false })
        {
            yield return $"Không có giao diện trang '{site}'. Có: {Names(false)}.";
        }

        if (admin is not null && _themes.Find(admin) is not { IsAdminTheme: true })
        {
            yield return $"Không có giao diện quản trị '{admin}'. Có: {Names(true)}.";
        }
    }

    public Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        if (step.GetString("site") is { } site)
        {
            context.Tenant = context.Tenant with { Theme = _themes.Find(site)!.Id };
        }

        return Task.CompletedTask;
    }

    private string Names(bool admin)
    {
        var names = _themes.Themes.Where(t => t.IsAdminTheme == admin).Select(t => t.Id).ToList();
        return names.Count == 0 ? "(chưa có giao diện nào)" : string.Join(", ", names);
    }
}
