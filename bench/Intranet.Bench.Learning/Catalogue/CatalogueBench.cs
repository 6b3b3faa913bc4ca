using System.Globalization;
using System.Net.Http.Json;
using Intranet.Bench.Tenants;

namespace Intranet.Bench.Learning.Catalogue;

/// <summary>
/// The catalogue page (<c>GET /learning</c>) signed in, under wrk, against <c>/healthz</c> in the same run: a Release
/// server on a fresh App_Data, <c>courses</c> province courses created through the API. Target: the catalogue at
/// ≥ 20 % of /healthz's requests per second.
/// <c>bench/run.sh learning catalogue [courses] [seconds]</c>.
/// </summary>
public static class CatalogueBench
{
    public static async Task RunAsync(string[] args)
    {
        var courses = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var web = Path.Combine(RepoRoot(), "src/Intranet.Web/bin/Release/net10.0/Intranet.Web.dll");
        await using var server = await ServerProcess.StartAsync(web);
        using var admin = new BenchClient(server.BaseUrl);
        await admin.SignInAsync(ServerProcess.AdminEmail, server.AdminPassword);
        string[] topics = ["Kỹ năng sử dụng máy tính", "Xử lý văn bản", "Bảng tính", "Trình chiếu", "Internet và thư điện tử", "An toàn thông tin"];
        for (var i = 0; i < courses; i++)
        {
            var response = await admin.Api.PostAsJsonAsync("/api/learning/courses", new
            {
                title = $"{topics[i % topics.Length]} — lớp {i + 1}",
                description = "Khóa học theo **TT 03/2014**.",
                itModules = new[] { $"IU{(i % 15) + 1:00}" },
                level = i % 15 < 6 ? 0 : 1,
                status = 1,
                durationHours = 8 + (i % 5) * 8,
            });
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Creating course {i + 1} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        _ = await admin.GetAsync("/learning");
        var wrk = new WrkRunner(seconds);
        var health = await wrk.RunAsync(server.BaseUrl + "/healthz", null);
        var catalogue = await wrk.RunAsync(server.BaseUrl + "/learning", admin.CookieHeader);
        var search = await wrk.RunAsync(server.BaseUrl + "/learning?q=ky%20nang&level=Basic", admin.CookieHeader);
        string Share(WrkResult r) => (100 * r.RequestsPerSecond / health.RequestsPerSecond).ToString("0", CultureInfo.InvariantCulture) + " %";
        Console.WriteLine($"""
            ## Learning — catalogue under wrk

            Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} shared cores, .NET {Environment.Version}: a Release
            `Intranet.Web` on a fresh App_Data, {courses} province courses created through `POST /api/learning/courses`,
            `wrk -t2 -c32 -d{seconds}s` from the same machine, signed in as the province administrator (session cookie).
            Target: the catalogue at ≥ 20 % of `/healthz`.

            | Request | req/s | p50 ms | share of /healthz |
            |---|---:|---:|---:|
            | `GET /healthz` (anonymous) | {health.RequestsPerSecond:N0} | {health.P50:0.00} | — |
            | `GET /learning` signed in, {courses} courses | {catalogue.RequestsPerSecond:N0} | {catalogue.P50:0.00} | {Share(catalogue)} |
            | `GET /learning?q=ky nang&level=Basic` (folded search) | {search.RequestsPerSecond:N0} | {search.P50:0.00} | {Share(search)} |
            """);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Intranet.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run inside the repository.");
    }
}
