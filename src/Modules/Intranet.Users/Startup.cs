using Intranet.Core.Accounts;
using Intranet.Core.Data;
using Intranet.Core.Hosting;
using Intranet.Core.Navigation;
using Intranet.Core.Recipes;
using Intranet.Core.Security;
using Intranet.Users.Models;
using Intranet.Users.Recipes;
using Intranet.Users.Services;
using Intranet.Users.Throttling;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Users;

public sealed class Startup : Intranet.Core.Modules.StartupBase
{
    public const string FeatureId = "Intranet.Users";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<UsersOptions>().BindConfiguration(UsersOptions.Section);
        services.AddOptions<SetupOptions>().BindConfiguration(SetupOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostDbContext<UsersDbContext>(FeatureId);

        services.AddIdentityCore<Account>(o =>
            {
                // ASVS 5 V6.2: length is what counts; no composition rules, common passwords refused instead.
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.User.AllowedUserNameCharacters = ""; // the login is the email address; the email check is done on create
            })
            .AddEntityFrameworkStores<UsersDbContext>()
            .AddUserStore<AccountStore>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.Replace(ServiceDescriptor.Scoped<ILookupNormalizer, SafeLookupNormalizer>()); // never throws on U+FFFF or a lone surrogate
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));

        // Names and messages are Vietnamese: write them as characters, not &#x...; entities (still HTML-encoded).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddUsersAuthentication();
        services.Configure<MvcOptions>(o =>
        {
            o.Filters.Add<MustChangePasswordFilter>(); // ordered first (Order < 0)
            o.Filters.Add<TwoFactorRequirementFilter>();
            o.Filters.Add<TwoFactorRefusalFilter>();
        });
        services.AddSingleton<AdministrativePermissions>();
        services.AddSingleton<AccessTokenService>();
        services.AddSingleton<TotpService>();
        services.AddSingleton<InitialAdministratorFile>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SessionCache>();
        services.AddScoped<SessionValidator>();
        services.AddScoped<RolePermissions>();
        services.AddScoped<PermissionChecker>();
        services.AddScoped<IPermissionChecker>(sp => sp.GetRequiredService<PermissionChecker>());
        services.AddScoped<IAccountDirectory, AccountDirectory>();
        services.AddScoped<AuditRecorder>();
        services.AddScoped<AccountEvents>();
        services.AddScoped<AccountChanges>();
        services.AddScoped<AccountManager>();
        services.AddScoped<IAccountTransfers, AccountTransfers>();
        services.AddScoped<SignInService>();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        services.AddSingleton<AccountThrottle>();
        services.AddSingleton<DeviceCookies>();
        services.AddSingleton<PasswordResetQueue>();
        services.AddHostedService<PasswordResetMailer>();
        services.Configure<RateLimiterOptions>(o => o.AddPolicy<string, ClientRateLimitPolicy>(ClientRateLimitPolicy.Name));
        services.AddScoped<UserAdministration>();
        services.AddScoped<AccountDomainRule>();
        services.AddScoped<RoleAdministration>();
        services.AddStartupTask<InitialAdministratorTask>();
        services.AddScoped<IRecipeStepHandler, RolesStep>();
        services.AddScoped<IRecipeStepHandler, AccountsStep>();
        services.AddScoped<IRecipeExportContributor, UsersExportContributor>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
    }
}
