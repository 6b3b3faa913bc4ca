using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Intranet.Email.Tests;

/// <summary>The module's real registrations on a fresh App_Data folder, with the core services it needs.</summary>
public sealed class EmailServices : IDisposable
{
    public EmailServices(IDictionary<string, string?>? settings = null)
    {
        AppData = Path.Combine(Path.GetTempPath(), "intranet-email-tests", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.Configure<DataOptions>(o => o.AppDataPath = AppData);
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(AppData));
        services.AddSingleton<TenantPaths>();
        services.AddSingleton<ITenantAccessor, TestTenantAccessor>();
        new Startup().ConfigureServices(services);
        Services = services.BuildServiceProvider();
    }

    public string AppData { get; }

    public ServiceProvider Services { get; }

    public void Dispose()
    {
        Services.Dispose();
        if (System.IO.Directory.Exists(AppData))
        {
            System.IO.Directory.Delete(AppData, recursive: true);
        }
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "Intranet.Email.Tests";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private sealed class TestTenantAccessor : ITenantAccessor
    {
        private static readonly AsyncLocal<Tenant?> CurrentTenant = new();

        public Tenant? Current => CurrentTenant.Value;

        public Tenant Required => Current ?? throw new InvalidOperationException("no tenant");

        public IDisposable Enter(Tenant tenant)
        {
            var previous = CurrentTenant.Value;
            CurrentTenant.Value = tenant;
            return new Exit(() => CurrentTenant.Value = previous);
        }

        private sealed class Exit(Action undo) : IDisposable
        {
            public void Dispose() => undo();
        }
    }
}
