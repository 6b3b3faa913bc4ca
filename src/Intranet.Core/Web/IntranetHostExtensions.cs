using System.Reflection;
using Intranet.Core.Data;
using Intranet.Core.Hosting;
using Intranet.Core.Localization;
using Intranet.Core.Modules;
using Intranet.Core.Navigation;
using Intranet.Core.Recipes;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Core.Themes;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace Intranet.Core.Web;

/// <summary>Composes the host: discovers modules, registers the runtime and every feature's services, builds the pipeline.</summary>
public static class IntranetHostExtensions
{
    public static WebApplicationBuilder AddIntranet(this WebApplicationBuilder builder, Assembly entryAssembly)
    {
        var services = builder.Services;
        var catalog = ModuleDiscovery.Discover(entryAssembly);
        var assemblies = catalog.Modules.Select(m => m.Assembly)
            .Concat(ThemeAssemblies(entryAssembly))
            .Append(typeof(IntranetHostExtensions).Assembly)
            .Append(entryAssembly)
            .Distinct()
            .ToList();

        services.AddSingleton(catalog);
        services.AddSingleton(new ThemeCatalog(assemblies));
        services.AddSingleton(new TranslationCatalog(assemblies));
        services.Configure<DataOptions>(builder.Configuration.GetSection("Intranet:Data"));
        services.Configure<Uploads.UploadLimits>(builder.Configuration.GetSection("Intranet:Uploads"));

        services.AddSingleton<ITenantAccessor, TenantAccessor>();
        services.AddSingleton<TenantPaths>();
        services.AddSingleton<IHostTenantProvider, HostTenantProvider>();
        services.AddSingleton<IDatabaseProvider, SqliteDatabaseProvider>();
        services.AddStartupTask<SqliteMemoryLimit>();
        services.AddHostedService<NativeHeapTrimmer>();
        services.AddSingleton<IDatabaseProvider, PostgresDatabaseProvider>();
        services.AddSingleton<DatabaseProviders>();
        services.AddScoped<DataTransactionScope>();
        services.AddSingleton<ITenantDataMigrator, TenantDataMigrator>();
        services.AddScoped<RecipeExecutor>();
        services.AddSingleton<RecipeHarvester>();
        services.AddSingleton<PermissionCatalog>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<NavigationManager>();
        services.AddScoped<ThemeManager>();
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddLocalization();
        // Vietnamese text is written as characters, not as &#x...; entities (half the size, readable source).
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddSingleton<IPublicUrls, PublicUrls>();
        services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(o => ForwardedHeadersSetup.Configure(o, builder.Configuration));
        // No "Server: Kestrel" on responses: it tells a prober nothing we want told.
        Microsoft.AspNetCore.Hosting.WebHostBuilderKestrelExtensions.ConfigureKestrel(builder.WebHost, o => o.AddServerHeader = false);
        // Modules add their policies (the Users module: sign-in, token, reset) to the one limiter.
        services.AddRateLimiter(o => o.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
        services.AddSingleton<HostPathSegments>();
        OpenApi.OpenApiSetup.AddIntranetOpenApi(services);
        services.Configure<ApiBehaviorOptions>(o => o.InvalidModelStateResponseFactory = context => ApiBindingProblems.Create(context.ModelState));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAntiforgeryAdditionalDataProvider, TenantAntiforgeryData>());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "intranet-af";
            o.HeaderName = "RequestVerificationToken"; // htmx sends the token in this header
        });

        // The key ring itself lives in the host database, shared by every node (the Intranet.Cluster module).
        services.AddDataProtection().SetApplicationName(Cluster.DataProtectionNames.ApplicationName);
        services.AddSingleton<Cluster.ClusterNode>();

        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add(new ApiBindingFilter());
                o.Filters.Add(new UnreadableFormFilter()); // pages: an unreadable form is a 400, not a null model
                o.Filters.Add(new AnonymousForbidFilter());
                o.Conventions.Add(new FeatureControllerConvention(catalog));
                o.Conventions.Add(new AdminSignInConvention());
                BindingMessages.UseVietnamese(o.ModelBindingMessageProvider);
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization()
            .ConfigureApplicationPartManager(parts =>
            {
                foreach (var assembly in assemblies.Where(a => parts.ApplicationParts.All(p => p.Name != a.GetName().Name)))
                {
                    parts.ApplicationParts.Add(new AssemblyPart(assembly));
                }
            });

        // The views' T shows a text with braces as written (see SafeViewLocalizer).
        services.AddTransient<IViewLocalizer>(sp => new SafeViewLocalizer(ActivatorUtilities.CreateInstance<ViewLocalizer>(sp)));

        // Flash messages in TempData's cookie stay small whatever they echo (see BoundedTempDataProvider).
        services.AddSingleton<ITempDataProvider>(sp => new BoundedTempDataProvider(ActivatorUtilities.CreateInstance<CookieTempDataProvider>(sp)));

        var startups = new List<(FeatureDescriptor, StartupBase)>();
        var order = catalog.OrderedFeatures.Select((f, i) => (f.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        foreach (var (feature, type) in ModuleDiscovery.Startups(catalog).OrderBy(s => order[s.Feature.Id]))
        {
            var startup = (StartupBase)Activator.CreateInstance(type)!;
            startups.Add((feature, startup));
        }

        startups = [.. startups.OrderBy(s => order[s.Item1.Id]).ThenBy(s => s.Item2.Order)];
        foreach (var (_, startup) in startups)
        {
            startup.ConfigureServices(services);
        }

        // The key ring lives in the host database, which the start-up tasks migrate; ASP.NET Core's hosted service that
        // pre-reads the ring would read it before its table exists (an error in the log). The ring loads on first use.
        foreach (var warmUp in services.Where(d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService)
            && d.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService").ToList())
        {
            services.Remove(warmUp);
        }

        services.AddSingleton(new ModuleStartups(startups));
        services.AddHostedService<Hosting.StartupTaskRunner>();
        return builder;
    }

    public static WebApplication UseIntranet(this WebApplication app)
    {
        // First: scheme and client address as the configured proxy saw them (HSTS, Secure cookies, rate limits).
        app.UseForwardedHeaders();
        app.UseMiddleware<SlowRequestLog>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = ErrorEndpoint.WriteExceptionAsync,
            SuppressDiagnosticsCallback = _ => true, // ErrorEndpoint logs each exception once, at the right level
        });
        app.UseStatusCodePages(ErrorEndpoint.WriteStatusAsync);
        app.UseStaticFiles();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture(Cultures.Vietnamese);
            o.SupportedCultures = [.. Cultures.Supported];
            o.SupportedUICultures = [.. Cultures.Supported];
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<FeatureGateMiddleware>();
        app.UseMiddleware<CookieAntiforgeryMiddleware>();
        app.UseAntiforgery();

        app.MapGet("/healthz", () => Results.Text("ok")).AllowAnonymous();
        app.MapGet("/culture", ErrorEndpoint.SetCulture).AllowAnonymous();
        OpenApi.OpenApiSetup.MapIntranetOpenApi(app);
        var startups = app.Services.GetRequiredService<ModuleStartups>();
        foreach (var (feature, startup) in startups.Startups)
        {
            var group = app.MapGroup("");
            group.WithMetadata(new FeatureMetadata(feature.Id));
            startup.Configure(group);
        }

        app.MapControllers();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }

    private static IEnumerable<Assembly> ThemeAssemblies(Assembly entryAssembly)
    {
        var context = Microsoft.Extensions.DependencyModel.DependencyContext.Load(entryAssembly);
        foreach (var library in context?.RuntimeLibraries.Where(l => l.Name.StartsWith("Intranet.Themes.", StringComparison.Ordinal)) ?? [])
        {
            yield return Assembly.Load(new AssemblyName(library.Name));
        }
    }
}
