// Usage: dotnet run -c Release --project bench/Intranet.Bench.Users -- [--web path/to/Intranet.Web.dll] [--wrk-seconds 10]
// Prints a Markdown section for docs/performance.md.
using System.Globalization;
using Intranet.Bench.Tenants;

var options = BenchOptions.Parse(args);
await using var server = await ServerProcess.StartAsync(options.WebDll);
var client = new BenchClient(server.BaseUrl);
await client.SignInAsync(ServerProcess.AdminEmail, server.AdminPassword);

var wrk = new WrkRunner(options.WrkSeconds);
var bare = await wrk.RunAsync(server.BaseUrl + "/healthz", null);
var me = await wrk.RunAsync(server.BaseUrl + "/api/auth/me", client.CookieHeader);
var login = await wrk.RunAsync(server.BaseUrl + "/account/login", null);

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    ### Users: authentication with the security stamp checked on every request

    wrk, {options.WrkSeconds} s per URL, one run on the shared 2-core machine (short on purpose; expect ±20 %).

    | Measure | Value | Target |
    |---|---|---|
    | Bare endpoint `/healthz` | {bare.RequestsPerSecond:0} req/s (p50 {bare.P50:0.##} ms) | baseline |
    | `/account/login` anonymous (Razor page in the site theme, antiforgery token) | {login.RequestsPerSecond:0} req/s (p50 {login.P50:0.##} ms) | |
    | `/api/auth/me` signed in: cookie decrypted, stamp + enabled read, membership, role grants, JSON | {me.RequestsPerSecond:0} req/s (p50 {me.P50:0.##} ms) | |
    | Signed-in call / bare endpoint | {me.RequestsPerSecond / bare.RequestsPerSecond:P0} | ≥ 20 % |
    """));
return 0;
