using Intranet.Core.Modules;
using Intranet.Core.Navigation;
using Intranet.Core.Recipes;
using Intranet.Core.Tenants;
using Intranet.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Tenants.Tests;

/// <summary>
/// The whole host on a fresh App_Data, plus this assembly's test features (a dependency pair and a host-only
/// one), a page and a menu entry belonging to one of them, and two test recipe steps (explode, wait).
/// </summary>
public sealed class TenantsTestFactory : IntranetFactory
{
    public StepGate Gate { get; } = new();

    public RecordingTenantEvents TenantEvents { get; } = new();

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.ConfigureTestServices(services =>
        {
            var original = services.Single(d => d.ServiceType == typeof(ModuleCatalog)).ImplementationInstance as ModuleCatalog
                ?? throw new InvalidOperationException("The module catalog is registered as an instance.");
            var catalog = ModuleDiscovery.FromAssemblies(original.Modules.Select(m => m.Assembly).Append(typeof(TenantsTestFactory).Assembly));
            services.AddSingleton(catalog);
            services.AddSingleton(Gate);
            services.AddSingleton<ITenantEventHandler>(TenantEvents);
            services.AddRecipeStep<ExplodeStep>();
            services.AddRecipeStep<WaitStep>();
            services.AddScoped<INavigationProvider, TestReportsMenu>();
            services.AddControllers(o => o.Conventions.Add(new TestFeatureConvention()))
                .AddApplicationPart(typeof(TenantsTestFactory).Assembly);
        });
    }

    /// <summary>Stamps the test controller with its feature, as the host does for module controllers.</summary>
    private sealed class TestFeatureConvention : IControllerModelConvention
    {
        public void Apply(ControllerModel controller)
        {
            if (controller.ControllerType.AsType() == typeof(TestReportsController))
            {
                foreach (var selector in controller.Selectors)
                {
                    selector.EndpointMetadata.Add(new FeatureMetadata(TestFeatures.Reports));
                }
            }
        }
    }
}
