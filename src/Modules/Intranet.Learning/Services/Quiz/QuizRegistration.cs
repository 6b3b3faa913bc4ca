using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Services.Quiz;

internal static class QuizRegistration
{
    /// <summary>The quiz part: question bank, quizzes, attempts, grading, and the quiz lessons of the <c>courses</c> recipe step.</summary>
    public static IServiceCollection AddLearningQuiz(this IServiceCollection services)
    {
        services.AddScoped<QuizBuilder>();
        services.AddScoped<QuizAttempts>();
        services.AddScoped<QuizResults>();
        services.AddScoped<QuizLookup>();
        services.AddScoped<ILessonRecipeHandler, QuizRecipeHandler>();
        return services;
    }
}
