using Intranet.Core.Recipes;
using Intranet.Core.Staff;
using Intranet.Learning.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Services.Catalogue;

internal static class LearningCatalogueRegistration
{
    /// <summary>The core part: catalogue, course builder, enrolment (with HR rules), reports, the <c>courses</c> recipe step.</summary>
    public static IServiceCollection AddLearningCatalogue(this IServiceCollection services)
    {
        services.AddSingleton<LessonMarkdown>();
        services.AddScoped<LessonFiles>();
        services.AddScoped<CourseEditor>();
        services.AddScoped<CatalogueService>();
        services.AddScoped<EnrolmentService>();
        services.AddScoped<EnrolmentRules>();
        services.AddScoped<TrainingEvidenceReader>();
        services.AddScoped<DepartmentReports>();
        services.AddScoped<ITrainingEvidenceSource, CompletionEvidenceSource>();
        services.AddScoped<IStaffRecordEventHandler, StaffRecordEnrolmentHandler>();
        services.AddScoped<IRecipeStepHandler, CoursesStep>();
        services.AddSingleton<LearningReminderJob>();
        services.AddHostedService<LearningReminderScheduler>();
        return services;
    }
}
