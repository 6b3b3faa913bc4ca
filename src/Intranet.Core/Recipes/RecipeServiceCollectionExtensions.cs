using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Core.Recipes;

public static class RecipeServiceCollectionExtensions
{
    public static IServiceCollection AddRecipeStep<THandler>(this IServiceCollection services)
        where THandler : class, IRecipeStepHandler =>
        services.AddScoped<IRecipeStepHandler, THandler>();

    public static IServiceCollection AddRecipeExport<TContributor>(this IServiceCollection services)
        where TContributor : class, IRecipeExportContributor =>
        services.AddScoped<IRecipeExportContributor, TContributor>();
}
