using System.Diagnostics;
using System.Globalization;
using Intranet.Bench.StaffDirectory;
using Intranet.Core.Accounts;
using Intranet.Mail.Models;
using Intranet.Mail.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Bench.Mail;

/// <summary>
/// Provisioning through the product's path: for each new account the Mail module's <see cref="MailAccountEventHandler"/>
/// (what <c>AccountManager.CreateAsync</c> calls), one DI scope per account as one request would have; then a few
/// accounts that also arrive with a password (the extra <c>PasswordChangedAsync</c>, a bcrypt hash at the configured
/// cost). Baseline: the same rows written by plain prepared INSERTs in one transaction into a fresh mail.db.
/// </summary>
public sealed class ProvisionBench(MailBenchHost host, int mailboxes, int withPassword)
{
    public const string Domain = "tinh.gov.vn";
    public const string Password = "Mật-khẩu-thử-2026";

    public static readonly string[] Departments =
    [
        "so-noi-vu", "so-tai-chinh", "so-y-te", "so-giao-duc", "so-xay-dung", "so-cong-thuong", "so-tu-phap", "so-nong-nghiep",
        "so-giao-thong", "so-van-hoa", "so-khoa-hoc", "so-lao-dong", "so-tai-nguyen", "so-ke-hoach", "so-thong-tin", "ubnd-tinh",
        "ubnd-thanh-pho", "ubnd-huyen-a", "ubnd-huyen-b", "ban-dan-toc",
    ];

    private static readonly string[] Columns = ["$l", "$e", "$d", "$a", "$t", "$h", "$q", "$c"];

    private static readonly char[] Digits = "0123456789".ToCharArray();

    public Histogram PerMailbox { get; } = new("Provision one mailbox (account created, no password yet)");

    public Histogram PerMailboxWithPassword { get; } = new("Provision one mailbox with its first password (created + password changed)");

    public Histogram RawBcrypt { get; } = new("Raw BCrypt.HashPassword at the configured cost");

    public double TotalSeconds { get; private set; }

    /// <summary>CPU time of this process while provisioning (user + kernel): what the wall time would be on an idle core.</summary>
    public double CpuSeconds { get; private set; }

    public double BatchedCpuSeconds { get; private set; }

    /// <summary>The same accounts through <see cref="MailProvisioningService"/> (a department given a domain after its people had accounts).</summary>
    public double BatchedSeconds { get; private set; }

    public int BulkCreated { get; private set; }

    public double BaselineSeconds { get; private set; }

    public double PerRowCommitSeconds { get; private set; }

    public double UnusableHashMs { get; private set; }

    public int Suffixed { get; private set; }

    public int MaxSuffix { get; private set; }

    public string MostCollided { get; private set; } = "";

    public List<string> PasswordMailboxes { get; } = [];

    public int BcryptCost { get; private set; }

    public string FirstWithoutPassword { get; private set; } = "";

    public async Task RunAsync()
    {
        await using (var scope = host.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<MailDomainService>().CreateAsync(new DomainInput
            {
                Name = Domain, MaxMailboxes = 20_000, DefaultQuotaMb = 1024, AddressPattern = "{full}", Tenants = [.. Departments],
            });
        }

        await using (var scope = host.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<MailDomainService>().CreateAsync(new DomainInput
            {
                Name = "batch.tinh.gov.vn", MaxMailboxes = 20_000, DefaultQuotaMb = 1024, AddressPattern = "{full}", Tenants = [.. Departments.Select(d => "batch-" + d)],
            });
        }

        BcryptCost = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MailOptions>>().Value.BcryptCost;
        var random = new Random(2026);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < mailboxes; i++)
        {
            var account = Account(i, random);
            var t0 = Stopwatch.GetTimestamp();
            await using (var scope = host.Scope())
            {
                await scope.ServiceProvider.GetRequiredService<MailAccountEventHandler>().CreatedAsync(account, CancellationToken.None);
            }

            PerMailbox.Add(Stopwatch.GetTimestamp() - t0);
        }

        TotalSeconds = clock.Elapsed.TotalSeconds;
        CpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        cpu = Process.GetCurrentProcess().TotalProcessorTime;

        // The same accounts (same names) into a second domain through the bulk path (a department given a domain after its
        // people had accounts), one call per department.
        var batchRandom = new Random(2026);
        var bulk = Enumerable.Range(0, mailboxes).Select(i => Account(i, batchRandom))
            .Select(a => a with { Id = "batch-" + a.Id, HomeTenant = "batch-" + a.HomeTenant })
            .GroupBy(a => a.HomeTenant).ToList();
        clock.Restart();
        foreach (var department in bulk)
        {
            await using var scope = host.Scope();
            BulkCreated += await scope.ServiceProvider.GetRequiredService<MailProvisioningService>().ProvisionAsync(department.Key, [.. department]);
        }

        BatchedSeconds = clock.Elapsed.TotalSeconds;
        BatchedCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;

        for (var i = mailboxes; i < mailboxes + withPassword; i++)
        {
            var account = Account(i, random);
            var t0 = Stopwatch.GetTimestamp();
            await using (var scope = host.Scope())
            {
                var handler = scope.ServiceProvider.GetRequiredService<MailAccountEventHandler>();
                await handler.CreatedAsync(account, CancellationToken.None);
                await handler.PasswordChangedAsync(account, Password, CancellationToken.None);
                PasswordMailboxes.Add((await handler.EnsureMailboxAsync(account, CancellationToken.None))!.Email);
            }

            PerMailboxWithPassword.Add(Stopwatch.GetTimestamp() - t0);
            var t1 = Stopwatch.GetTimestamp();
            BCrypt.Net.BCrypt.HashPassword(Password, BcryptCost);
            RawBcrypt.Add(Stopwatch.GetTimestamp() - t1);
        }

        // The share of the hash of a random secret that every new mailbox gets until its owner's password arrives.
        var hasher = host.Services.GetRequiredService<MailPasswordHasher>();
        const int samples = 200;
        var h0 = Stopwatch.GetTimestamp();
        for (var i = 0; i < samples; i++)
        {
            hasher.Unusable();
        }

        UnusableHashMs = Stopwatch.GetElapsedTime(h0).TotalMilliseconds / samples;

        await ReadCollisionsAsync();
        (BaselineSeconds, PerRowCommitSeconds) = await BaselineAsync();
    }

    private static AccountInfo Account(int i, Random random) => new(
        "acc-" + i.ToString("00000", CultureInfo.InvariantCulture),
        $"cb{i:00000}@dangnhap.tinh.test", // the login is not in the mail domain: the address comes from the name
        VietnameseNames.FullName(random),
        Departments[i % Departments.Length],
        IsEnabled: true,
        TwoFactorEnabled: false);

    private async Task ReadCollisionsAsync()
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<Intranet.Mail.Data.MailDbContext>();
        FirstWithoutPassword = await db.Mailboxes.AsNoTracking().Where(m => m.Email.EndsWith("@" + Domain)).OrderBy(m => m.Id).Select(m => m.Email).FirstAsync();
        var locals = await db.Mailboxes.AsNoTracking().Where(m => m.Email.EndsWith("@" + Domain)).Select(m => m.LocalPart).ToListAsync();
        var suffixes = locals.Select(l => (Base: l.TrimEnd(Digits), Number: l[l.TrimEnd(Digits).Length..]))
            .Where(p => p.Number.Length > 0).Select(p => (p.Base, N: int.Parse(p.Number, CultureInfo.InvariantCulture))).ToList();
        Suffixed = suffixes.Count;
        if (suffixes.Count > 0)
        {
            var top = suffixes.MaxBy(s => s.N);
            MaxSuffix = top.N;
            MostCollided = top.Base;
        }
    }

    /// <summary>
    /// The same rows (as the product wrote them) by prepared INSERTs into a fresh mail.db: all in one transaction (the
    /// floor of any bulk path), then again into another fresh file with one commit per row (the floor of any design that
    /// makes each account's mailbox durable on its own, as an account-creation event must).
    /// </summary>
    private async Task<(double OneTransaction, double PerRowCommit)> BaselineAsync()
    {
        List<object?[]> rows;
        await using (var source = new SqliteConnection(host.Database.ConnectionString))
        {
            await source.OpenAsync();
            await using var read = source.CreateCommand();
            read.CommandText = "SELECT local_part, email, display_name, account_id, tenant_name, password_hash, quota_bytes, created_utc FROM mail_mailbox ORDER BY id LIMIT $n";
            read.Parameters.AddWithValue("$n", mailboxes);
            rows = [];
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = new object?[8];
                reader.GetValues(row);
                rows.Add(row);
            }
        }

        var oneTransaction = await InsertAllAsync(rows, "baseline", oneTransaction: true);
        var perRow = await InsertAllAsync(rows, "baseline-per-row", oneTransaction: false);
        return (oneTransaction, perRow);
    }

    private async Task<double> InsertAllAsync(List<object?[]> rows, string name, bool oneTransaction)
    {
        var folder = Path.Combine(host.AppData, name);
        var settings = new Dictionary<string, string?> { ["Intranet:Mail:DatabasePath"] = Path.Combine(folder, "mail.db") };
        await using var baselineHost = new MailBenchHost(folder, settings);
        await baselineHost.Database.MigrateAsync();
        await using var connection = new SqliteConnection(baselineHost.Database.ConnectionString);
        await connection.OpenAsync();
        await using (var domain = connection.CreateCommand())
        {
            domain.CommandText = "INSERT INTO mail_domain (id, domain, active, max_mailboxes, max_aliases, default_quota_bytes, address_pattern, created_utc) VALUES (1, 'tinh.gov.vn', 1, 20000, 0, 0, '{full}', '2026-11-23 00:00:00')";
            await domain.ExecuteNonQueryAsync();
        }

        var clock = Stopwatch.StartNew();
        var transaction = oneTransaction ? (SqliteTransaction)await connection.BeginTransactionAsync() : null;
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO mail_mailbox (domain_id, local_part, email, display_name, account_id, tenant_name, password_hash, quota_bytes, active, auto_reply, app_passwords_only, created_utc) " +
            "VALUES (1, $l, $e, $d, $a, $t, $h, $q, 1, 0, 0, $c)";
        var parameters = Columns.Select(n => insert.Parameters.Add(n, n == "$q" ? SqliteType.Integer : SqliteType.Text)).ToArray();
        insert.Prepare();
        foreach (var row in rows)
        {
            for (var p = 0; p < parameters.Length; p++)
            {
                parameters[p].Value = row[p] ?? DBNull.Value;
            }

            await insert.ExecuteNonQueryAsync(); // without a transaction: autocommit, one durable commit per row
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync();
            await transaction.DisposeAsync();
        }

        return clock.Elapsed.TotalSeconds;
    }
}
