using Intranet.Core.Data;
using Intranet.Core.Navigation;
using Intranet.Core.Recipes;
using Intranet.Hr.Models.Reference;
using Intranet.Hr.Recipes;
using Intranet.Hr.Rules;
using Intranet.Hr.Services.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Hr.Services;

/// <summary>The rules part of the module: code lists in the host database, their recipe step, the calculator's menus.</summary>
public static class HrRulesRegistration
{
    public static IServiceCollection AddHrRules(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostDbContext<HrReferenceDbContext>(HrFeatures.Province);
        services.AddSingleton<ICodeLists, DbCodeLists>();
        services.AddScoped<CodeListStore>();
        services.AddScoped<IRecipeStepHandler, HrCodeListsStep>();
        services.AddScoped<INavigationProvider, RulesMenu>();
        services.AddScoped<INavigationProvider, ProvinceRulesMenu>();
        return services;
    }
}
