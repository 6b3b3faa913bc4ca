using System.Globalization;
using System.Text;
using Intranet.Bench.StaffDirectory;

namespace Intranet.Bench.Mail;

/// <summary>The Markdown printed as the run goes (pasted into docs/performance.md).</summary>
public sealed class Report
{
    private readonly StringBuilder _text = new();

    public static string Ms(double value) => value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    public static string Ratio(double value) => value.ToString(value < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + "×";

    public static string Header => "| Operation | n | p50 ms | p90 ms | p99 ms | max ms | p50 vs baseline |\n|---|---:|---:|---:|---:|---:|---:|";

    public static string Row(Histogram h, Histogram? baseline) =>
        $"| {h.Name} | {h.Count} | {Ms(h.Percentile(50))} | {Ms(h.Percentile(90))} | {Ms(h.Percentile(99))} | {Ms(h.Max)} | " +
        (baseline is null ? "—" : Ratio(h.Percentile(50) / baseline.Percentile(50))) + " |";

    public void Provision(ProvisionBench p, BenchOptions options)
    {
        var perMailboxMs = p.TotalSeconds * 1000 / options.Mailboxes;
        var baselinePerRowMs = p.BaselineSeconds * 1000 / options.Mailboxes;
        Emit($"""
            **Provisioning** {options.Mailboxes:N0} mailboxes in one province domain (`{ProvisionBench.Domain}`, {ProvisionBench.Departments.Length} departments sharing it),
            through `MailAccountEventHandler.CreatedAsync` (what account creation calls), one DI scope per account, sequential:
            **{p.TotalSeconds:0.0} s** ({options.Mailboxes / p.TotalSeconds:0} mailboxes/s, {Ms(perMailboxMs)} ms each; the bench process used {p.CpuSeconds:0.0} s of CPU meanwhile,
            the rest is waiting for a core or the disk). Target ≤ 10 s: {(p.TotalSeconds <= 10 ? "met ✔" : "missed ✘")}.
            Baseline, same rows as plain prepared INSERTs in one transaction into a fresh mail.db: {p.BaselineSeconds:0.00} s ({Ms(baselinePerRowMs)} ms/row) →
            the product path is **{Ratio(p.TotalSeconds / p.BaselineSeconds)}** the baseline. Second baseline, the same INSERTs with one commit per row
            (what any per-account durable write costs, fsync included): {p.PerRowCommitSeconds:0.00} s ({Ms(p.PerRowCommitSeconds * 1000 / options.Mailboxes)} ms/row) →
            product path **{Ratio(p.TotalSeconds / p.PerRowCommitSeconds)}** that.
            The same {options.Mailboxes:N0} people (same names, into a second domain) through the bulk path, `MailProvisioningService.ProvisionAsync`, one call
            per department of {options.Mailboxes / ProvisionBench.Departments.Length} (what `MailDomainService` runs when a department with accounts is given a domain or its limit is raised):
            **{p.BatchedSeconds:0.0} s** for {p.BulkCreated:N0} mailboxes, {p.BatchedCpuSeconds:0.0} s CPU ({Ratio(p.BatchedSeconds / p.BaselineSeconds)} the one-transaction baseline). Target ≤ 10 s: {(p.BatchedSeconds <= 10 ? "met ✔" : "missed ✘")}.
            Addresses: {p.Suffixed:N0} of {options.Mailboxes:N0} needed a number (collision), the highest `{p.MostCollided}{p.MaxSuffix}`.
            The hash of the random secret a new mailbox holds until its owner's first password: {Ms(p.UnusableHashMs)} ms per mailbox
            ({p.UnusableHashMs * options.Mailboxes / 1000:0.0} s of the total). BCrypt cost {p.BcryptCost}.

            {Header}
            {Row(p.PerMailbox, null)}
            {Row(p.PerMailboxWithPassword, p.PerMailbox)}
            {Row(p.RawBcrypt, p.PerMailbox)}

            """);
    }

    public void Logins(int logins, IEnumerable<string> emails, bool refused, string without)
    {
        Emit($"""
            Dovecot IMAP login as provisioned mailboxes with the owner's password: {logins} of 3 succeeded ({string.Join(", ", emails.Select(e => "`" + e + "`"))});
            a mailbox whose owner has set no password yet (`{without}`) was {(refused ? "refused ✔" : "**accepted ✘**")}.

            """);
    }

    public void Delivery(DeliveryBench d)
    {
        double P50(int column) => d.PostfixDelays.Count == 0 ? 0 : d.PostfixDelays.Select(x => x[column]).Order().ElementAt(d.PostfixDelays.Count / 2);
        Emit($"""
            **Submit → visible over IMAP**, {d.SubmitToVisible.Count} messages one at a time (after 5 unrecorded), MailKit submission with AUTH PLAIN on one
            connection, the recipient in IMAP IDLE on INBOX on another; baselines on a third connection of the recipient, interleaved. Ratio = p50 over the APPEND baseline's p50.

            {Header}
            {Row(d.Noop, null)}
            {Row(d.Append, null)}
            {Row(d.AppendToIdle, d.Append)}
            {Row(d.SubmitToVisible, d.Append)}
            {Row(d.SubmitAccepted, d.Append)}
            {Row(d.QueuedToVisible, d.Append)}
            {Row(d.SubmitToPolled, d.Append)}

            Target p50 ≤ 500 ms: pushed by IDLE {(d.SubmitToVisible.Percentile(50) <= 500 ? "met ✔" : "missed ✘")}, visible to a poll {(d.SubmitToPolled.Percentile(50) <= 500 ? "met ✔" : "missed ✘")}. Postfix's own split (log `delays=`, median of {d.PostfixDelays.Count} deliveries):
            before the queue manager {Ms(P50(0))} ms, in the queue manager {Ms(P50(1))} ms, LMTP connection setup {Ms(P50(2))} ms, LMTP transmission {Ms(P50(3))} ms.

            """);
    }

    public void List(ListBench l)
    {
        var rows = string.Join("\n", l.Webmail.Keys.SelectMany(k => new[] { Row(l.Raw[k], null), Row(l.Webmail[k], l.Raw[k]) }));
        var worst = l.Webmail.Values.Max(h => h.Percentile(50));
        Emit($"""
            **Webmail message list** on a folder of {l.Total:N0} messages ({l.PageCount} pages of 25), filled by IMAP MULTIAPPEND in batches of 500 in
            {l.FillSeconds:0.0} s ({l.Total / l.FillSeconds:0} messages/s). First list of the fresh folder (new pooled master-user login + SELECT + FETCH):
            {Ms(l.FirstListMs)} ms; the raw FETCH of that page right after: {Ms(l.FirstRawMs)} ms. Then each page, interleaved with its baseline; ratio = p50 over the raw FETCH's p50.

            {Header}
            {rows}

            Target ≤ 100 ms per page: {(worst <= 100 ? "met ✔" : "missed ✘")} (worst page p50 {Ms(worst)} ms).

            """);
    }

    public void Add(string markdown) => Emit(markdown);

    /// <summary>Each section is printed as soon as it is measured, so a later failure does not lose it.</summary>
    private void Emit(string markdown)
    {
        _text.AppendLine(markdown);
        Console.WriteLine(markdown);
    }

    public override string ToString() => _text.ToString().TrimEnd();
}
