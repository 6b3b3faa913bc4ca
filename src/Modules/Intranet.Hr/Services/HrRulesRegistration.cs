using Intranet.Hr.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Services;

/// <summary>The rules part of the module: code lists (and, with them, the calculator's services).</summary>
public static class HrRulesRegistration
{
    public static IServiceCollection AddHrRules(this IServiceCollection services)
    {
        services.AddSingleton<ICodeLists, ShippedCodeListsService>();
        return services;
    }
}
