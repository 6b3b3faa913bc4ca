using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Search.Services;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Registers a module's index so the search layer can rebuild it (admin page, CLI, at start when missing).</summary>
    public static IServiceCollection AddSearchIndexSource<T>(this IServiceCollection services)
        where T : class, ISearchIndexSource => services.AddSingleton<ISearchIndexSource, T>();
}
