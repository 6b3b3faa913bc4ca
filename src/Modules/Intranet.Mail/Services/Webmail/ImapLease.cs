using MailKit.Net.Imap;

namespace Intranet.Mail.Services.Webmail;

/// <summary>One request's use of a pooled connection; disposing gives it back (or closes it after a failure).</summary>
public sealed class ImapLease : IDisposable
{
    private readonly WebmailClientPool _pool;
    private readonly string _address;
    private readonly PooledImapClient _pooled;
    private bool _returned;

    internal ImapLease(WebmailClientPool pool, string address, PooledImapClient pooled, bool isNewLogin)
    {
        _pool = pool;
        _address = address;
        _pooled = pooled;
        IsNewLogin = isNewLogin;
    }

    public ImapClient Client => _pooled.Client;

    /// <summary>This lease logged in (the master-user login the caller audits), rather than reusing a connection.</summary>
    public bool IsNewLogin { get; }

    /// <summary>The connection is in an unknown state (an exception mid-command): close it instead of pooling it.</summary>
    public bool Broken { get; set; }

    public void Dispose()
    {
        if (_returned)
        {
            return;
        }

        _returned = true;
        _pool.Return(_address, _pooled, reusable: !Broken);
    }
}
