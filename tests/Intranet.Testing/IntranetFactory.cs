using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Intranet.Testing;

/// <summary>
/// The whole host, in process, on its own fresh App_Data folder. The first start sets up the host (province)
/// from its recipe with a known administrator; the demo province is skipped unless a test asks for it.
/// </summary>
public class IntranetFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "quantri@tinh.test";

    public IntranetFactory()
    {
        AppData = Path.Combine(Path.GetTempPath(), "intranet-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(AppData);
        PostgresConnectionString = TestDatabase.IsPostgres ? TestDatabase.Create() : null;
    }

    /// <summary>On PostgreSQL (<see cref="TestDatabase"/>): this factory's own database, dropped at dispose.</summary>
    public string? PostgresConnectionString { get; }

    /// <summary>A strong password for the test administrator, different per run.</summary>
    public string AdminPassword { get; } = "Thu-nghiem-" + Guid.NewGuid().ToString("N")[..12];

    public string AppData { get; }

    /// <summary>The recipe run on first start after the host recipe; empty for none.</summary>
    protected virtual string DemoRecipe => "";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Intranet:Data:AppDataPath", AppData);
        builder.UseSetting("Intranet:Setup:AdminEmail", AdminEmail);
        builder.UseSetting("Intranet:Setup:AdminPassword", AdminPassword);
        builder.UseSetting("Intranet:Setup:DemoRecipe", DemoRecipe);
        if (PostgresConnectionString is not null)
        {
            builder.UseSetting("Intranet:Data:HostProvider", "Postgres");
            builder.UseSetting("Intranet:Data:DefaultProvider", "Postgres");
            builder.UseSetting("Intranet:Data:PostgresConnectionString", PostgresConnectionString);
        }

        ConfigureSettings(builder);
    }

    /// <summary>Override to add settings (SMTP, mail servers) for a test class.</summary>
    protected virtual void ConfigureSettings(IWebHostBuilder builder)
    {
    }

    /// <summary>A client that keeps cookies and does not follow redirects, like a browser a test can inspect.</summary>
    public HttpClient CreateBrowserClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && PostgresConnectionString is not null)
        {
            TestDatabase.Drop(PostgresConnectionString);
        }

        if (disposing)
        {
            try
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                System.IO.Directory.Delete(AppData, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow shutdown: the OS temp cleaner takes it.
            }
        }
    }
}
