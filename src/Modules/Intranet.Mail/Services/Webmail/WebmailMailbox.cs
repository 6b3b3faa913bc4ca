using Intranet.Mail.Models.Webmail;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MimeKit;

namespace Intranet.Mail.Services.Webmail;

/// <summary>
/// One mailbox as the webmail reads it, over pooled IMAP connections logged in through the Dovecot master user.
/// Obtained from <see cref="WebmailSession"/>, which decides whose mailbox it is from the signed-in account; no
/// method takes a mailbox address, so a request can only ever reach the reader's own mail.
/// </summary>
public sealed class WebmailMailbox
{
    private static readonly FetchRequest ListRequest = new(
        MessageSummaryItems.UniqueId | MessageSummaryItems.Envelope | MessageSummaryItems.Flags | MessageSummaryItems.Size | MessageSummaryItems.InternalDate);

    private readonly WebmailClientPool _pool;
    private readonly Func<CancellationToken, Task> _onLogin;

    internal WebmailMailbox(string address, string displayName, int pageSize, WebmailClientPool pool, Func<CancellationToken, Task> onLogin)
    {
        Address = address;
        DisplayName = displayName;
        PageSize = Math.Clamp(pageSize, 5, 200);
        _pool = pool;
        _onLogin = onLogin;
    }

    public string Address { get; }

    public string DisplayName { get; }

    public int PageSize { get; }

    /// <summary>Every folder with its unread and total counts: Inbox first, then the special-use folders, then the others by name.</summary>
    public Task<IReadOnlyList<WebmailFolder>> GetFoldersAsync(CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<WebmailFolder>>(async client =>
        {
            var folders = await client.GetFoldersAsync(client.PersonalNamespaces[0], StatusItems.Count | StatusItems.Unread, subscribedOnly: false, cancellationToken);
            if (!folders.Any(f => f.FullName.Equals("INBOX", StringComparison.OrdinalIgnoreCase)))
            {
                await client.Inbox.StatusAsync(StatusItems.Count | StatusItems.Unread, cancellationToken);
                folders = [client.Inbox, .. folders];
            }

            return folders
                .Where(f => f.Exists && !f.Attributes.HasFlag(FolderAttributes.NonExistent) && !f.Attributes.HasFlag(FolderAttributes.NoSelect))
                .Select(f => new WebmailFolder(f.FullName, WebmailFolderNames.DisplayName(f), WebmailFolderNames.KindOf(f), f.Unread, f.Count))
                .OrderBy(f => f.Kind == WebmailFolderKind.Other ? 99 : (int)f.Kind)
                .ThenBy(f => f.DisplayName, StringComparer.CurrentCultureIgnoreCase)
                .ToList();
        }, cancellationToken);

    /// <summary>
    /// One page of a folder, newest first (highest sequence numbers = latest arrivals). Fetches only the page's
    /// envelopes, flags, sizes and UIDs by sequence range, so a page costs the same in a folder of 10,000 messages
    /// as in one of 60. A page past the end gives the last page.
    /// </summary>
    public Task<WebmailMessagePage> ListMessagesAsync(string folder, int page, CancellationToken cancellationToken = default) =>
        RunAsync(async client =>
        {
            var open = await OpenAsync(client, folder, cancellationToken);
            var total = open.Count;
            var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
            page = Math.Clamp(page, 1, pages);
            var last = total - 1 - (page - 1) * PageSize;
            if (last < 0)
            {
                return new WebmailMessagePage(open.FullName, [], page, PageSize, total);
            }

            var first = Math.Max(0, last - PageSize + 1);
            var summaries = await open.FetchAsync(first, last, ListRequest, cancellationToken);
            var items = summaries.OrderByDescending(s => s.Index).Select(ToSummary).ToList();
            return new WebmailMessagePage(open.FullName, items, page, PageSize, total);
        }, cancellationToken);

    /// <summary>Messages whose subject, sender or recipients (and body when asked) contain the text; paged, newest first.</summary>
    public Task<WebmailMessagePage> SearchAsync(string folder, WebmailSearch search, int page, CancellationToken cancellationToken = default) =>
        RunAsync(async client =>
        {
            var open = await OpenAsync(client, folder, cancellationToken);
            var text = search.Text.Trim();
            SearchQuery query = SearchQuery.SubjectContains(text).Or(SearchQuery.FromContains(text)).Or(SearchQuery.ToContains(text)).Or(SearchQuery.CcContains(text));
            if (search.IncludeBody)
            {
                query = query.Or(SearchQuery.BodyContains(text));
            }

            var uids = await open.SearchAsync(query, cancellationToken);
            var pages = Math.Max(1, (uids.Count + PageSize - 1) / PageSize);
            page = Math.Clamp(page, 1, pages);
            var slice = uids.OrderByDescending(u => u.Id).Skip((page - 1) * PageSize).Take(PageSize).ToList();
            if (slice.Count == 0)
            {
                return new WebmailMessagePage(open.FullName, [], page, PageSize, uids.Count);
            }

            var summaries = await open.FetchAsync(slice, ListRequest, cancellationToken);
            var items = summaries.OrderByDescending(s => s.UniqueId.Id).Select(ToSummary).ToList();
            return new WebmailMessagePage(open.FullName, items, page, PageSize, uids.Count);
        }, cancellationToken);

    /// <summary>The whole message; marks it \Seen when <paramref name="markSeen"/> (opening it in the read view).</summary>
    public Task<MimeMessage> GetMessageAsync(string folder, uint uid, bool markSeen, CancellationToken cancellationToken = default) =>
        RunAsync(async client =>
        {
            var open = await OpenAsync(client, folder, cancellationToken);
            var id = IdOf(open, uid);
            MimeMessage message;
            try
            {
                message = await open.GetMessageAsync(id, cancellationToken);
            }
            catch (MessageNotFoundException)
            {
                throw new WebmailNotFoundException("Không tìm thấy thư này (có thể đã bị chuyển hoặc xoá).");
            }

            if (markSeen)
            {
                await open.StoreAsync(id, new StoreFlagsRequest(StoreAction.Add, MessageFlags.Seen) { Silent = true }, cancellationToken);
            }

            return message;
        }, cancellationToken);

    public Task SetSeenAsync(string folder, uint uid, bool seen, CancellationToken cancellationToken = default) =>
        StoreFlagAsync(folder, uid, MessageFlags.Seen, seen, cancellationToken);

    public Task SetAnsweredAsync(string folder, uint uid, CancellationToken cancellationToken = default) =>
        StoreFlagAsync(folder, uid, MessageFlags.Answered, true, cancellationToken);

    /// <summary>Moves the message to another folder of the same mailbox.</summary>
    public Task MoveAsync(string folder, uint uid, string target, CancellationToken cancellationToken = default) =>
        RunAsync(async client =>
        {
            var destination = await FindAsync(client, target, cancellationToken);
            var open = await OpenAsync(client, folder, cancellationToken);
            if (open.FullName == destination.FullName)
            {
                return 0;
            }

            var id = await ExistingAsync(open, uid, cancellationToken);
            await open.MoveToAsync(id, destination, cancellationToken);
            return 0;
        }, cancellationToken);

    /// <summary>Deletes: to Trash from any other folder; from Trash, for good (\Deleted + UID EXPUNGE of this message only).</summary>
    public Task DeleteAsync(string folder, uint uid, CancellationToken cancellationToken = default) =>
        RunAsync(async client =>
        {
            var trash = client.GetFolder(SpecialFolder.Trash);
            var open = await OpenAsync(client, folder, cancellationToken);
            var id = await ExistingAsync(open, uid, cancellationToken);
            if (trash is null || open.FullName == trash.FullName)
            {
                await open.StoreAsync(id, new StoreFlagsRequest(StoreAction.Add, MessageFlags.Deleted) { Silent = true }, cancellationToken);
                await open.ExpungeAsync([id], cancellationToken);
            }
            else
            {
                await open.MoveToAsync(id, trash, cancellationToken);
            }

            return 0;
        }, cancellationToken);

    /// <summary>Storage used and allowed for the mailbox (GETQUOTAROOT on INBOX).</summary>
    public Task<WebmailQuota?> GetQuotaAsync(CancellationToken cancellationToken = default) =>
        RunAsync<WebmailQuota?>(async client =>
        {
            if (!client.Capabilities.HasFlag(ImapCapabilities.Quota))
            {
                return null;
            }

            var quota = await client.Inbox.GetQuotaAsync(cancellationToken);
            if (quota.CurrentStorageSize is not { } used)
            {
                return null;
            }

            // IMAP counts storage in units of 1024 octets.
            return new WebmailQuota(used * 1024L, quota.StorageLimit is { } limit ? limit * 1024L : null);
        }, cancellationToken);

    /// <summary>Appends a message (a copy of a sent one) to the Sent folder, marked \Seen.</summary>
    public Task AppendToSentAsync(MimeMessage message, CancellationToken cancellationToken = default) =>
        RunAsync(async client =>
        {
            var sent = client.GetFolder(SpecialFolder.Sent) ?? await client.GetFolderAsync("Sent", cancellationToken);
            await sent.AppendAsync(new AppendRequest(message, MessageFlags.Seen), cancellationToken);
            return 0;
        }, cancellationToken);

    /// <summary>Runs an IMAP operation on a pooled connection; a reused connection the server dropped is replaced once.</summary>
    internal async Task<T> RunAsync<T>(Func<ImapClient, Task<T>> operation, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var lease = await _pool.RentAsync(Address, cancellationToken);
            try
            {
                if (lease.IsNewLogin)
                {
                    await _onLogin(cancellationToken);
                }

                return await operation(lease.Client);
            }
            catch (Exception ex) when (attempt == 0 && !lease.IsNewLogin && IsConnectionLost(ex))
            {
                lease.Broken = true; // stale pooled connection: log in again and retry
            }
            catch (Exception ex) when (!IsHarmless(ex))
            {
                lease.Broken = true;
                throw;
            }
            finally
            {
                lease.Dispose();
            }
        }
    }

    private async Task StoreFlagAsync(string folder, uint uid, MessageFlags flag, bool add, CancellationToken cancellationToken) =>
        await RunAsync(async client =>
        {
            var open = await OpenAsync(client, folder, cancellationToken);
            var id = await ExistingAsync(open, uid, cancellationToken);
            await open.StoreAsync(id, new StoreFlagsRequest(add ? StoreAction.Add : StoreAction.Remove, flag) { Silent = true }, cancellationToken);
            return 0;
        }, cancellationToken);

    private static async Task<IMailFolder> FindAsync(ImapClient client, string name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Equals("INBOX", StringComparison.OrdinalIgnoreCase))
        {
            return client.Inbox;
        }

        try
        {
            return await client.GetFolderAsync(name, cancellationToken);
        }
        catch (FolderNotFoundException)
        {
            throw new WebmailNotFoundException("Không có thư mục này trong hộp thư của bạn.");
        }
    }

    /// <summary>Selects the folder read-write, or keeps it selected (a NOOP brings its counts up to date).</summary>
    private static async Task<IMailFolder> OpenAsync(ImapClient client, string name, CancellationToken cancellationToken)
    {
        var folder = await FindAsync(client, name, cancellationToken);
        if (folder.IsOpen && folder.Access == FolderAccess.ReadWrite)
        {
            await client.NoOpAsync(cancellationToken);
        }
        else
        {
            await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        }

        return folder;
    }

    private static async Task<UniqueId> ExistingAsync(IMailFolder folder, uint uid, CancellationToken cancellationToken)
    {
        var id = IdOf(folder, uid);
        var found = await folder.SearchAsync(SearchQuery.Uids([id]), cancellationToken);
        return found.Count == 1 ? found[0] : throw new WebmailNotFoundException("Không tìm thấy thư này (có thể đã bị chuyển hoặc xoá).");
    }

    private static UniqueId IdOf(IMailFolder folder, uint uid) =>
        uid > 0 ? new UniqueId(folder.UidValidity, uid) : throw new WebmailNotFoundException("Không tìm thấy thư này (có thể đã bị chuyển hoặc xoá).");

    private static WebmailMessageSummary ToSummary(IMessageSummary summary)
    {
        var envelope = summary.Envelope;
        var from = envelope?.From.Mailboxes.FirstOrDefault();
        return new WebmailMessageSummary(
            summary.UniqueId.Id,
            from?.Name is { Length: > 0 } name ? name : from?.Address ?? "",
            from?.Address ?? "",
            string.Join(", ", envelope?.To.Mailboxes.Select(m => string.IsNullOrEmpty(m.Name) ? m.Address : m.Name) ?? []),
            envelope?.Subject ?? "",
            envelope?.Date ?? summary.InternalDate ?? DateTimeOffset.MinValue,
            summary.Size ?? 0,
            summary.Flags?.HasFlag(MessageFlags.Seen) == true,
            summary.Flags?.HasFlag(MessageFlags.Answered) == true);
    }

    private static bool IsConnectionLost(Exception ex) =>
        ex is ServiceNotConnectedException or ServiceNotAuthenticatedException or IOException or ImapProtocolException;

    /// <summary>Answers that leave the connection usable (NO/BAD, not found).</summary>
    private static bool IsHarmless(Exception ex) =>
        ex is WebmailNotFoundException or WebmailInputException or ImapCommandException or FolderNotFoundException or MessageNotFoundException;
}
