using Intranet.Core.Hosting;
using Intranet.Core.Web;

// First, before the host starts its threads: glibc takes the arena cap only for arenas it has not created yet.
MallocArenas.Apply();
var builder = WebApplication.CreateBuilder(args);
builder.AddIntranet(typeof(Program).Assembly);

var app = builder.Build();
if (CliRunner.IsCommand(app.Services, args))
{
    return await CliRunner.RunAsync(app.Services, args);
}

app.UseIntranet();
await app.RunAsync();
return 0;

/// <summary>The web host's entry point; public so integration tests can start it.</summary>
public partial class Program;
