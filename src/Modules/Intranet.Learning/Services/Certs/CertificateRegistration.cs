using Intranet.Learning.Services.Certs;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Services;

internal static class CertificateRegistration
{
    /// <summary>Certificates: issued on completion, verified publicly, revoked, reminded before expiry; external certificates.</summary>
    public static IServiceCollection AddLearningCertificates(this IServiceCollection services)
    {
        services.AddScoped<ICourseCompletionHandler, CertificateIssuer>();
        services.AddScoped<CertificateService>();
        services.AddScoped<ExternalCertificateService>();
        services.AddScoped<ITrainingEvidenceSource, ExternalCertificateEvidence>();
        services.AddScoped<ITrainingEvidenceSource, CompletedCourseEvidence>();
        services.AddSingleton<CertificateReminderJob>();
        services.AddHostedService<CertificateReminderScheduler>();
        return services;
    }
}
