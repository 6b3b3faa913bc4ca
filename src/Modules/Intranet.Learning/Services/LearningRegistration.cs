using Intranet.Core.Data;
using Intranet.Learning.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Learning.Services;

internal static class LearningRegistration
{
    /// <summary>What every part of the module relies on: the host context, access rules and the outcome door.</summary>
    public static IServiceCollection AddLearningCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostDbContext<LearningDbContext>(LearningFeatures.Province);
        services.AddScoped<ILearningAccess, LearningAccess>();
        services.AddScoped<ILessonOutcomes, LessonOutcomes>();
        return services;
    }
}
