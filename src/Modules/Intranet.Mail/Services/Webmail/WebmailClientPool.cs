using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Mail.Services.Webmail;

/// <summary>
/// Authenticated IMAP connections kept between requests. Dovecot verifies the master secret with bcrypt on every
/// login (tens of milliseconds of CPU), so a reader paging through a folder must not log in per click.
/// Each connection serves one request at a time; a mailbox uses at most
/// <see cref="WebmailOptions.MaxConnectionsPerMailbox"/> at once and the process at most
/// <see cref="WebmailOptions.MaxConnections"/> (the oldest idle one, of any mailbox, is closed to make room).
/// Connections idle for <see cref="WebmailOptions.IdleSeconds"/> are logged out by a timer; all are closed at shutdown.
/// </summary>
public sealed class WebmailClientPool : IAsyncDisposable, IDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<PooledImapClient>> _idle = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SemaphoreSlim> _perMailbox = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _connections;
    private readonly MailOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<WebmailClientPool> _logger;
    private readonly ITimer _reaper;
    private bool _disposed;

    public WebmailClientPool(IOptions<MailOptions> options, TimeProvider clock, ILogger<WebmailClientPool> logger)
    {
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _connections = new SemaphoreSlim(Math.Max(1, _options.Webmail.MaxConnections));
        var period = TimeSpan.FromSeconds(Math.Clamp(_options.Webmail.IdleSeconds / 4, 1, 30));
        _reaper = clock.CreateTimer(_ => CloseIdle(), null, period, period);
    }

    /// <summary>Live connections (idle or in use), for tests and diagnostics.</summary>
    public int Count => Math.Max(1, _options.Webmail.MaxConnections) - _connections.CurrentCount;

    /// <summary>
    /// A connection logged in to <paramref name="address"/> through the master user; reused when one is idle.
    /// <see cref="ImapLease.IsNewLogin"/> tells the caller to audit the login.
    /// </summary>
    public async Task<ImapLease> RentAsync(string address, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var gate = Gate(address);
        if (!await gate.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken))
        {
            throw new WebmailUnavailableException("Hộp thư đang bận xử lý các yêu cầu khác. Xin thử lại sau ít phút.");
        }

        try
        {
            while (TakeIdle(address) is { } pooled)
            {
                if (pooled.Client.IsConnected && pooled.Client.IsAuthenticated)
                {
                    return new ImapLease(this, address, pooled, isNewLogin: false);
                }

                Close(pooled); // the server dropped it (idle timeout, restart): log in again below
            }

            if (!await _connections.WaitAsync(0, cancellationToken))
            {
                CloseOldestIdle();
                if (!await _connections.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken))
                {
                    throw new WebmailUnavailableException("Máy chủ thư đang quá tải. Xin thử lại sau ít phút.");
                }
            }

            try
            {
                var client = await LoginAsync(address, cancellationToken);
                return new ImapLease(this, address, new PooledImapClient(client, _clock.GetUtcNow()), isNewLogin: true);
            }
            catch
            {
                _connections.Release();
                throw;
            }
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    internal void Return(string address, PooledImapClient pooled, bool reusable)
    {
        try
        {
            lock (_lock)
            {
                if (reusable && !_disposed && pooled.Client.IsConnected && pooled.Client.IsAuthenticated)
                {
                    pooled.LastUsed = _clock.GetUtcNow();
                    if (!_idle.TryGetValue(address, out var list))
                    {
                        _idle[address] = list = [];
                    }

                    list.Add(pooled);
                    return;
                }
            }

            Close(pooled);
        }
        finally
        {
            Gate(address).Release();
        }
    }

    /// <summary>Closes every idle connection of the mailbox (after its account was disabled, or in tests).</summary>
    public void Drop(string address)
    {
        List<PooledImapClient>? list;
        lock (_lock)
        {
            _idle.Remove(address, out list);
        }

        foreach (var pooled in list ?? [])
        {
            Close(pooled);
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<PooledImapClient> all;
        lock (_lock)
        {
            _disposed = true;
            all = [.. _idle.Values.SelectMany(l => l)];
            _idle.Clear();
        }

        await _reaper.DisposeAsync();
        foreach (var pooled in all)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await pooled.Client.DisconnectAsync(true, timeout.Token);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or MailKit.ServiceNotConnectedException or ImapProtocolException or ImapCommandException)
            {
                // shutting down: the socket closes anyway
            }

            pooled.Client.Dispose();
        }
    }

    /// <summary>Synchronous disposal (a container disposed without await): sockets are closed without LOGOUT.</summary>
    public void Dispose()
    {
        List<PooledImapClient> all;
        lock (_lock)
        {
            _disposed = true;
            all = [.. _idle.Values.SelectMany(l => l)];
            _idle.Clear();
        }

        _reaper.Dispose();
        foreach (var pooled in all)
        {
            pooled.Client.Dispose();
        }
    }

    private async Task<ImapClient> LoginAsync(string address, CancellationToken cancellationToken)
    {
        var webmail = _options.Webmail;
        if (string.IsNullOrEmpty(webmail.MasterPassword))
        {
            throw new WebmailUnavailableException("Webmail chưa được cấu hình (thiếu khoá truy cập máy chủ thư). Xin báo quản trị hệ thống.");
        }

        var client = new ImapClient { Timeout = 30_000 };
        try
        {
            var server = _options.Imap;
            await client.ConnectAsync(server.Host, server.Port, Enum.Parse<SecureSocketOptions>(server.Security, ignoreCase: true), cancellationToken);
            await client.AuthenticateAsync(address + "*" + webmail.MasterUser, webmail.MasterPassword, cancellationToken);
            return client;
        }
        catch (AuthenticationException)
        {
            client.Dispose();
            // Never log the secret; the login name is enough to find the case in Dovecot's log.
            _logger.LogWarning("Webmail master login refused for {Address}", address);
            throw new WebmailUnavailableException("Máy chủ thư từ chối mở hộp thư này (hộp thư bị khoá hoặc webmail chưa được cấu hình đúng).");
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or ImapProtocolException)
        {
            client.Dispose();
            _logger.LogWarning(ex, "IMAP server unreachable for webmail ({Host}:{Port})", _options.Imap.Host, _options.Imap.Port);
            throw new WebmailUnavailableException("Không kết nối được máy chủ thư. Xin thử lại sau ít phút.");
        }
    }

    private SemaphoreSlim Gate(string address)
    {
        lock (_lock)
        {
            if (!_perMailbox.TryGetValue(address, out var gate))
            {
                _perMailbox[address] = gate = new SemaphoreSlim(Math.Max(1, _options.Webmail.MaxConnectionsPerMailbox));
            }

            return gate;
        }
    }

    private PooledImapClient? TakeIdle(string address)
    {
        lock (_lock)
        {
            if (!_idle.TryGetValue(address, out var list) || list.Count == 0)
            {
                return null;
            }

            var pooled = list[^1]; // most recently used: the likeliest to still be alive
            list.RemoveAt(list.Count - 1);
            if (list.Count == 0)
            {
                _idle.Remove(address);
            }

            return pooled;
        }
    }

    private void CloseOldestIdle()
    {
        PooledImapClient? oldest = null;
        lock (_lock)
        {
            string? owner = null;
            foreach (var (address, list) in _idle)
            {
                foreach (var pooled in list)
                {
                    if (oldest is null || pooled.LastUsed < oldest.LastUsed)
                    {
                        (oldest, owner) = (pooled, address);
                    }
                }
            }

            if (oldest is not null)
            {
                var list = _idle[owner!];
                list.Remove(oldest);
                if (list.Count == 0)
                {
                    _idle.Remove(owner!);
                }
            }
        }

        if (oldest is not null)
        {
            Close(oldest);
        }
    }

    private void CloseIdle()
    {
        var limit = _clock.GetUtcNow() - TimeSpan.FromSeconds(_options.Webmail.IdleSeconds);
        var expired = new List<PooledImapClient>();
        lock (_lock)
        {
            foreach (var address in _idle.Keys.ToList())
            {
                var list = _idle[address];
                expired.AddRange(list.Where(p => p.LastUsed < limit));
                list.RemoveAll(p => p.LastUsed < limit);
                if (list.Count == 0)
                {
                    _idle.Remove(address);
                }
            }
        }

        foreach (var pooled in expired)
        {
            Close(pooled);
        }
    }

    private void Close(PooledImapClient pooled)
    {
        _connections.Release();
        var client = pooled.Client;
        // Logging out is polite but not needed; do it off the caller's path.
        _ = Task.Run(async () =>
        {
            try
            {
                if (client.IsConnected)
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    await client.DisconnectAsync(true, timeout.Token);
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or MailKit.ServiceNotConnectedException or ImapProtocolException or ImapCommandException)
            {
            }
            finally
            {
                client.Dispose();
            }
        });
    }
}
