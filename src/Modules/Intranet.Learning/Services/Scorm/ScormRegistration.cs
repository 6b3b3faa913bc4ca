using Intranet.Learning.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Services.Scorm;

internal static class ScormRegistration
{
    /// <summary>The SCORM part: package store, runtime, access to SCORM lessons, and the recipe handler for Scorm lessons.</summary>
    public static IServiceCollection AddLearningScorm(this IServiceCollection services)
    {
        services.AddOptions<ScormOptions>().BindConfiguration("Intranet:Learning:Scorm");
        services.AddScoped<ScormPackageStore>();
        services.AddScoped<ScormRuntime>();
        services.AddScoped<ScormLessons>();
        services.AddScoped<ILessonRecipeHandler, ScormRecipeHandler>();
        return services;
    }
}
