using System.Collections.Concurrent;
using Intranet.Core.Audit;
using Intranet.Core.Email;
using Intranet.Core.Tenants;
using Intranet.Core.Web;
using Intranet.Users.Throttling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Users.Services;

/// <summary>
/// Sends the password-reset emails queued by forgot-password, one at a time, in the background. The link is built
/// from the tenant's configured public URL (<see cref="IPublicUrls"/>), never from the request. One email per
/// account per <see cref="RateLimitOptions.ResetEmailInterval"/>, however often it is asked for.
/// </summary>
public sealed class PasswordResetMailer : BackgroundService
{
    private readonly PasswordResetQueue _queue;
    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantAccessor _tenants;
    private readonly IPublicUrls _urls;
    private readonly TimeProvider _clock;
    private readonly RateLimitOptions _options;
    private readonly ILogger<PasswordResetMailer> _logger;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastSent = new(StringComparer.Ordinal);

    public PasswordResetMailer(PasswordResetQueue queue, IServiceScopeFactory scopes, ITenantAccessor tenants, IPublicUrls urls, TimeProvider clock,
        IOptions<RateLimitOptions> options, ILogger<PasswordResetMailer> logger)
    {
        _queue = queue;
        _scopes = scopes;
        _tenants = tenants;
        _urls = urls;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var request in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await HandleAsync(request, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The answer to the request was the same either way; a failure here is for the operator.
                _logger.LogError(ex, "Could not send a password reset email");
            }
        }
    }

    private async Task HandleAsync(PasswordResetRequest request, CancellationToken cancellationToken)
    {
        using var enter = _tenants.Enter(request.Tenant);
        await using var scope = _scopes.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountManager>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditRecorder>();
        var account = await accounts.FindByEmailAsync(request.Email);
        if (account is not { IsEnabled: true })
        {
            return;
        }

        if (!TakeEmailSlot(account.Id))
        {
            await audit.RecordAsync(new AuditEvent("auth", "password-reset.suppressed", account.Email, "an email was sent for this account moments ago") { Actor = account.Email }, cancellationToken);
            return;
        }

        var token = await accounts.Users.GeneratePasswordResetTokenAsync(account);
        var link = _urls.Absolute(request.Tenant, $"account/reset-password?email={Uri.EscapeDataString(account.Email!)}&token={Uri.EscapeDataString(token)}");
        await scope.ServiceProvider.GetRequiredService<IEmailSender>().SendAsync(new EmailMessage(
            [account.Email!],
            "Đặt lại mật khẩu cổng thông tin nội bộ",
            $"Xin chào {account.FullName},\n\nCó yêu cầu đặt lại mật khẩu cho tài khoản {account.Email}. Mở liên kết sau trong vòng 2 giờ để đặt mật khẩu mới:\n\n{link}\n\nNếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu hiện tại vẫn giữ nguyên.\n"), cancellationToken);
        await audit.RecordAsync(new AuditEvent("auth", "password-reset.requested", account.Email) { Actor = account.Email }, cancellationToken);
    }

    private bool TakeEmailSlot(string accountId)
    {
        var now = _clock.GetUtcNow();
        if (_lastSent.Count > 10_000)
        {
            foreach (var old in _lastSent.Where(e => e.Value + _options.ResetEmailInterval < now))
            {
                _lastSent.TryRemove(old.Key, out _);
            }
        }

        if (_lastSent.TryGetValue(accountId, out var last) && last + _options.ResetEmailInterval > now)
        {
            return false;
        }

        _lastSent[accountId] = now;
        return true;
    }
}
