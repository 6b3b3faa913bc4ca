using System.Net;
using System.Text.Json;
using Intranet.Bench.Tenants;

namespace Intranet.Crash.Tests;

/// <summary>What must hold after every restart, whatever the kill interrupted.</summary>
internal static class CrashChecks
{
    /// <summary>The departments the API lists (name → state, prefix), the host left out.</summary>
    public static async Task<Dictionary<string, (string State, string Prefix)>> TenantsAsync(BenchClient client)
    {
        var response = await client.Api.GetAsync("/api/tenants?pageSize=200");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("items").EnumerateArray()
            .Where(t => t.GetProperty("name").GetString() != "Default")
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => (t.GetProperty("state").GetString()!, t.GetProperty("prefix").GetString() ?? ""));
    }

    /// <summary>
    /// Every department is Running, serves its home page to its administrator, has a migrated database; no folder is
    /// left for a department that is not there; mailboxes are consistent; every audit chain verifies.
    /// </summary>
    public static async Task AllAsync(CrashServer server, string when)
    {
        var client = server.Client;
        var tenants = await TenantsAsync(client);
        foreach (var (name, (state, prefix)) in tenants)
        {
            Assert.True(state == "Running", $"{when}: tenant {name} is {state}, not Running");
            var home = await client.Browser.GetAsync($"/{prefix}/");
            Assert.True(home.StatusCode == HttpStatusCode.OK, $"{when}: /{prefix}/ answered {(int)home.StatusCode}");
            Assert.True(CrashDatabase.MigrationsApplied(CrashDatabase.TenantDb(server.AppData, name)) > 0, $"{when}: {name}'s database has no migrations");
            await AuditIntactAsync(client, "/" + prefix, when);
        }

        await AuditIntactAsync(client, "", when);
        var folders = System.IO.Directory.GetDirectories(Path.Combine(server.AppData, "Sites")).Select(Path.GetFileName).ToList();
        var orphans = folders.Where(f => f != "Default" && !tenants.ContainsKey(f!)).ToList();
        Assert.True(orphans.Count == 0, $"{when}: folders left for absent tenants: {string.Join(", ", orphans)}");
        MailboxesConsistent(server.AppData, when);
    }

    /// <summary>Every mailbox belongs to an account that exists, once; every list member is a mailbox.</summary>
    public static void MailboxesConsistent(string appData, string when)
    {
        var mail = CrashDatabase.MailDb(appData);
        if (!File.Exists(mail) || CrashDatabase.Count(mail, "mail_mailbox") == 0)
        {
            return;
        }

        var host = CrashDatabase.HostDb(appData).Replace("'", "''", StringComparison.Ordinal);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={mail};Mode=ReadOnly;Pooling=False");
        connection.Open();
        long Ask(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)command.ExecuteScalar()!;
        }

        using (var attach = connection.CreateCommand())
        {
            // Read-only like the connection it joins.
            attach.CommandText = $"ATTACH DATABASE '{host}' AS host";
            attach.ExecuteNonQuery();
        }

        Assert.True(Ask("SELECT count(*) FROM mail_mailbox m WHERE m.account_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM host.Accounts a WHERE a.Id = m.account_id)") == 0, $"{when}: mailboxes without their account");
        Assert.True(Ask("SELECT count(*) FROM (SELECT account_id FROM mail_mailbox WHERE account_id IS NOT NULL GROUP BY account_id HAVING count(*) > 1)") == 0, $"{when}: an account with two mailboxes");
        Assert.True(Ask("SELECT count(*) FROM (SELECT email FROM mail_mailbox GROUP BY lower(email) HAVING count(*) > 1)") == 0, $"{when}: one address, two mailboxes");
        Assert.True(Ask("SELECT count(*) FROM mail_alias a WHERE a.list_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM mail_mailbox m WHERE lower(m.email) = lower(a.destination))") == 0, $"{when}: a list member that is no mailbox");
    }

    /// <summary>The audit page's verify button, as its administrator presses it.</summary>
    public static async Task AuditIntactAsync(BenchClient client, string tenantBase, string when)
    {
        var page = await client.Browser.GetStringAsync(tenantBase + "/admin/audit");
        using var request = new HttpRequestMessage(HttpMethod.Post, tenantBase + "/admin/audit/verify")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(BenchClient.ExtractToken(page)) }),
        };
        request.Headers.Add("HX-Request", "true");
        var response = await client.Browser.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK && body.Contains("alert-success", StringComparison.Ordinal), $"{when}: audit chain of '{tenantBase}' does not verify: {(int)response.StatusCode} {body}");
    }
}
