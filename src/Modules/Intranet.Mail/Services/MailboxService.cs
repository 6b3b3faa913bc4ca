using Intranet.Core.Validation;
using Intranet.Mail.Data;
using Intranet.Mail.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Intranet.Mail.Services;

/// <summary>Mailboxes: creation within the domain's limits, passwords, quota, departure and return.</summary>
public sealed class MailboxService
{
    private readonly MailDbContext _db;
    private readonly MailPasswordHasher _hasher;
    private readonly SieveScriptStore _sieve;
    private readonly TimeProvider _clock;

    public MailboxService(MailDbContext db, MailPasswordHasher hasher, SieveScriptStore sieve, TimeProvider clock)
    {
        _db = db;
        _hasher = hasher;
        _sieve = sieve;
        _clock = clock;
    }

    public async Task<Paged<MailboxSummary>> ListAsync(int? domainId, string? search, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        (page, pageSize) = (Math.Max(page, 1), Math.Clamp(pageSize, 1, 200));
        var query = _db.Mailboxes.AsNoTracking();
        if (domainId is { } id)
        {
            query = query.Where(m => m.DomainId == id);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLowerInvariant();
            var folded = MailAddressGenerator.Fold(search.Trim());
            query = query.Where(m => m.Email.Contains(term) || EF.Functions.Like(m.DisplayName, "%" + term + "%") || m.Email.Contains(folded));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(m => m.Email).Skip((page - 1) * pageSize).Take(pageSize).Select(Summary()).ToListAsync(cancellationToken);
        return new Paged<MailboxSummary>(items, page, pageSize, total);
    }

    public Task<MailboxSummary?> GetAsync(int id, CancellationToken cancellationToken = default) =>
        _db.Mailboxes.AsNoTracking().Where(m => m.Id == id).Select(Summary()).FirstOrDefaultAsync(cancellationToken);

    public Task<Mailbox?> FindByAccountAsync(string accountId, CancellationToken cancellationToken = default) =>
        _db.Mailboxes.FirstOrDefaultAsync(m => m.AccountId == accountId, cancellationToken);

    public Task<Mailbox?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var normal = email.Trim().ToLowerInvariant();
        return _db.Mailboxes.FirstOrDefaultAsync(m => m.Email == normal, cancellationToken);
    }

    /// <summary>Is the address used by a mailbox, an alias or a list?</summary>
    public async Task<bool> IsAddressTakenAsync(string email, CancellationToken cancellationToken = default) =>
        await _db.Mailboxes.AnyAsync(m => m.Email == email, cancellationToken)
        || await _db.Aliases.AnyAsync(a => a.Address == email, cancellationToken)
        || await _db.Lists.AnyAsync(l => l.Address == email, cancellationToken);

    /// <summary>The address a new person would get in the domain (the domain's pattern plus the collision rule).</summary>
    public async Task<string> SuggestAddressAsync(MailDomain domain, string fullName, CancellationToken cancellationToken = default)
    {
        var baseLocal = MailAddressGenerator.Base(fullName, domain.AddressPattern);
        var taken = await TakenNumberedAsync(baseLocal, domain.Name, cancellationToken);
        var local = await MailAddressGenerator.FirstFreeAsync(baseLocal, candidate => Task.FromResult(taken.Contains(candidate)));
        return local + "@" + domain.Name;
    }

    /// <summary>
    /// The local parts of the form base, base2, base3… already used in the domain by a mailbox, an alias or a list, in
    /// three index range reads. Probing one candidate at a time cost three queries per number: a common name in a
    /// province domain (nguyenthihuong, 170 of them in 10,000 people) made provisioning quadratic.
    /// </summary>
    private async Task<HashSet<string>> TakenNumberedAsync(string baseLocal, string domain, CancellationToken cancellationToken)
    {
        // Addresses are lower-case ASCII; "base" then a digit or "@" sorts in [base + "0", base + "A"), and the columns'
        // NOCASE collation compares "A" as "a", above every digit and "@".
        var low = baseLocal + "0";
        var high = baseLocal + "A";
        var found = await _db.Mailboxes.Where(m => string.Compare(m.Email, low) >= 0 && string.Compare(m.Email, high) < 0).Select(m => m.Email)
            .Concat(_db.Aliases.Where(a => string.Compare(a.Address, low) >= 0 && string.Compare(a.Address, high) < 0).Select(a => a.Address))
            .Concat(_db.Lists.Where(l => string.Compare(l.Address, low) >= 0 && string.Compare(l.Address, high) < 0).Select(l => l.Address))
            .ToListAsync(cancellationToken);
        var suffix = "@" + domain;
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var email in found)
        {
            var address = email.ToLowerInvariant();
            if (address.EndsWith(suffix, StringComparison.Ordinal) && address.StartsWith(baseLocal, StringComparison.Ordinal))
            {
                taken.Add(address[..^suffix.Length]);
            }
        }

        return taken;
    }

    public async Task<Mailbox> CreateAsync(MailboxInput input, CancellationToken cancellationToken = default)
    {
        var domain = await _db.Domains.FirstOrDefaultAsync(d => d.Id == input.DomainId, cancellationToken)
            ?? throw MailValidationException.For("domainId", "Hãy chọn một tên miền có trong danh sách.");
        var displayName = (input.DisplayName ?? "").Trim();
        if (displayName.Length is 0 or > 200)
        {
            throw MailValidationException.For("displayName", "Tên hiển thị là bắt buộc (tối đa 200 ký tự).");
        }

        if (NameRule.Check(displayName, "Tên hiển thị") is { } invalidName)
        {
            throw MailValidationException.For("displayName", invalidName);
        }

        if (!domain.IsActive)
        {
            throw MailValidationException.For("domainId", $"Tên miền {domain.Name} đang tạm ngừng; không tạo thêm hộp thư được.");
        }

        if (domain.MaxMailboxes > 0 && await _db.Mailboxes.CountAsync(m => m.DomainId == domain.Id, cancellationToken) >= domain.MaxMailboxes)
        {
            throw MailValidationException.For("domainId", $"Tên miền {domain.Name} đã đủ {domain.MaxMailboxes} hộp thư theo giới hạn; hãy nâng giới hạn hoặc xoá hộp thư không dùng.");
        }

        string email;
        if (string.IsNullOrWhiteSpace(input.LocalPart))
        {
            email = await SuggestAddressAsync(domain, displayName, cancellationToken);
        }
        else
        {
            var local = MailAddress.NormalizeLocalPart(input.LocalPart);
            email = local + "@" + domain.Name;
            if (await IsAddressTakenAsync(email, cancellationToken))
            {
                throw MailValidationException.For("localPart", $"Địa chỉ {email} đã được dùng cho một hộp thư, bí danh hoặc nhóm thư.");
            }
        }

        if (input.AccountId is { Length: > 0 } accountId && await _db.Mailboxes.AnyAsync(m => m.AccountId == accountId, cancellationToken))
        {
            throw MailValidationException.For("accountId", "Tài khoản này đã có hộp thư.");
        }

        if (input.QuotaMb is < 0)
        {
            throw MailValidationException.For("quotaMb", "Hạn mức không được âm (0 là không giới hạn).");
        }

        if (input.Password is { Length: > 0 and < 8 })
        {
            throw MailValidationException.For("password", "Mật khẩu thư phải có ít nhất 8 ký tự.");
        }

        var mailbox = new Mailbox
        {
            DomainId = domain.Id,
            LocalPart = MailAddress.LocalPartOf(email),
            Email = email,
            DisplayName = displayName,
            AccountId = string.IsNullOrWhiteSpace(input.AccountId) ? null : input.AccountId,
            TenantName = string.IsNullOrWhiteSpace(input.TenantName) ? null : input.TenantName,
            PasswordHash = string.IsNullOrEmpty(input.Password) ? _hasher.Unusable() : _hasher.Hash(input.Password),
            QuotaBytes = input.QuotaMb is { } mb ? mb * MailDomainService.Mebibyte : domain.DefaultQuotaBytes,
            CreatedUtc = _clock.GetUtcNow().UtcDateTime,
        };
        _db.Mailboxes.Add(mailbox);
        await _db.SaveChangesAsync(cancellationToken);
        return mailbox;
    }

    public async Task SetPasswordAsync(int id, string password, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(password) || password.Length < 8)
        {
            throw MailValidationException.For("password", "Mật khẩu thư phải có ít nhất 8 ký tự.");
        }

        var mailbox = await RequireAsync(id, cancellationToken);
        mailbox.PasswordHash = _hasher.Hash(password);
        await _db.SaveChangesAsync(cancellationToken);
    }

    public async Task UpdateAsync(int id, string? displayName, long? quotaMb, CancellationToken cancellationToken = default)
    {
        var mailbox = await RequireAsync(id, cancellationToken);
        if (displayName is not null)
        {
            var name = displayName.Trim();
            if (name.Length is 0 or > 200)
            {
                throw MailValidationException.For("displayName", "Tên hiển thị là bắt buộc (tối đa 200 ký tự).");
            }

            if (NameRule.Check(name, "Tên hiển thị") is { } invalidName)
            {
                throw MailValidationException.For("displayName", invalidName);
            }

            mailbox.DisplayName = name;
        }

        if (quotaMb is { } mb)
        {
            if (mb < 0)
            {
                throw MailValidationException.For("quotaMb", "Hạn mức không được âm (0 là không giới hạn).");
            }

            mailbox.QuotaBytes = mb * MailDomainService.Mebibyte;
        }

        await _db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Departure: login and delivery stop at once (Dovecot and Postfix read the row on every use). An optional
    /// forward becomes an alias row; an optional auto-reply keeps accepting mail only to answer it and discard it.
    /// </summary>
    public async Task DisableAsync(int id, DepartureInput? departure, CancellationToken cancellationToken = default)
    {
        var mailbox = await RequireAsync(id, cancellationToken);
        departure ??= new DepartureInput();
        string? forward = null;
        if (!string.IsNullOrWhiteSpace(departure.ForwardTo))
        {
            forward = MailAddress.Normalize(departure.ForwardTo, "forwardTo");
            if (forward == mailbox.Email)
            {
                throw MailValidationException.For("forwardTo", "Không chuyển tiếp thư về chính hộp thư đang khoá.");
            }

            if (await _db.Mailboxes.AnyAsync(m => m.Email == forward && !m.IsActive, cancellationToken))
            {
                throw MailValidationException.For("forwardTo", $"Hộp thư {forward} cũng đang khoá; hãy chọn người nhận khác.");
            }
        }

        var autoReply = !string.IsNullOrWhiteSpace(departure.AutoReplyText);
        if (autoReply && departure.AutoReplyText!.Length > 4000)
        {
            throw MailValidationException.For("autoReplyText", "Nội dung trả lời tự động tối đa 4000 ký tự.");
        }

        var subject = string.IsNullOrWhiteSpace(departure.AutoReplySubject) ? "Trả lời tự động" : departure.AutoReplySubject.Trim();
        if (subject.Length > 200)
        {
            throw MailValidationException.For("autoReplySubject", "Tiêu đề trả lời tự động tối đa 200 ký tự.");
        }

        await using var transaction = await BeginOrJoinTransactionAsync(cancellationToken);
        mailbox.IsActive = false;
        mailbox.DisabledUtc ??= _clock.GetUtcNow().UtcDateTime;
        mailbox.AutoReply = autoReply;
        mailbox.AutoReplySubject = autoReply ? subject : null;
        mailbox.AutoReplyText = autoReply ? departure.AutoReplyText!.Trim() : null;
        mailbox.ForwardTo = forward;

        // A person who left is no longer a member of any list.
        await _db.Aliases.Where(a => a.Destination == mailbox.Email && a.Kind == MailAliasKind.ListMember).ExecuteDeleteAsync(cancellationToken);
        await _db.Aliases.Where(a => a.Address == mailbox.Email && a.Kind == MailAliasKind.Forward).ExecuteDeleteAsync(cancellationToken);
        var now = _clock.GetUtcNow().UtcDateTime;
        if (forward is not null)
        {
            _db.Aliases.Add(new MailAlias { DomainId = mailbox.DomainId, Address = mailbox.Email, Destination = forward, Kind = MailAliasKind.Forward, CreatedUtc = now });
            if (autoReply)
            {
                // The alias replaces delivery; listing the mailbox itself keeps the auto-reply running too.
                _db.Aliases.Add(new MailAlias { DomainId = mailbox.DomainId, Address = mailbox.Email, Destination = mailbox.Email, Kind = MailAliasKind.Forward, CreatedUtc = now });
            }
        }

        await _db.SaveChangesAsync(cancellationToken);
        if (autoReply)
        {
            await _sieve.WriteAutoReplyAsync(mailbox.Email, subject, mailbox.AutoReplyText!, cancellationToken);
        }
        else
        {
            _sieve.Remove(mailbox.Email);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Return: login and delivery again; the departure forward and auto-reply are removed.</summary>
    public async Task EnableAsync(int id, CancellationToken cancellationToken = default)
    {
        var mailbox = await RequireAsync(id, cancellationToken);
        await using var transaction = await BeginOrJoinTransactionAsync(cancellationToken);
        mailbox.IsActive = true;
        mailbox.DisabledUtc = null;
        mailbox.AutoReply = false;
        mailbox.AutoReplySubject = null;
        mailbox.AutoReplyText = null;
        mailbox.ForwardTo = null;
        await _db.Aliases.Where(a => a.Address == mailbox.Email && a.Kind == MailAliasKind.Forward).ExecuteDeleteAsync(cancellationToken);
        await _db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        _sieve.Remove(mailbox.Email);
    }

    public async Task SetAppPasswordsOnlyAsync(int id, bool value, CancellationToken cancellationToken = default)
    {
        var mailbox = await RequireAsync(id, cancellationToken);
        mailbox.AppPasswordsOnly = value;
        await _db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Creates a per-device password and returns it once, in clear, to show its owner.</summary>
    public async Task<(MailAppPassword Entry, string Password)> AddAppPasswordAsync(int id, string name, CancellationToken cancellationToken = default)
    {
        var label = (name ?? "").Trim();
        if (label.Length is 0 or > 100)
        {
            throw MailValidationException.For("name", "Hãy đặt tên thiết bị (tối đa 100 ký tự), ví dụ \"Thunderbird máy bàn\".");
        }

        var mailbox = await _db.Mailboxes.Include(m => m.AppPasswords).FirstOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw new KeyNotFoundException($"Không có hộp thư #{id}.");
        var used = mailbox.AppPasswords.Select(p => p.Slot).ToHashSet();
        var slot = Enumerable.Range(1, MailAppPassword.MaxSlots).FirstOrDefault(s => !used.Contains(s));
        if (slot == 0)
        {
            throw MailValidationException.For("name", $"Mỗi hộp thư có tối đa {MailAppPassword.MaxSlots} mật khẩu ứng dụng; hãy thu hồi một mật khẩu cũ.");
        }

        var password = MailPasswordHasher.NewAppPassword();
        var entry = new MailAppPassword { Slot = slot, Name = label, PasswordHash = _hasher.Hash(password), CreatedUtc = _clock.GetUtcNow().UtcDateTime };
        mailbox.AppPasswords.Add(entry);
        await _db.SaveChangesAsync(cancellationToken);
        return (entry, password);
    }

    public async Task RevokeAppPasswordAsync(int id, int appPasswordId, CancellationToken cancellationToken = default)
    {
        var removed = await _db.AppPasswords.Where(p => p.Id == appPasswordId && p.MailboxId == id).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            throw new KeyNotFoundException($"Không có mật khẩu ứng dụng #{appPasswordId}.");
        }
    }

    /// <summary>A new transaction, or null when the caller's is already open on this context (it commits).</summary>
    internal async Task<IDbContextTransaction?> BeginOrJoinTransactionAsync(CancellationToken cancellationToken) =>
        _db.Database.CurrentTransaction is null ? await _db.Database.BeginTransactionAsync(cancellationToken) : null;

    private async Task<Mailbox> RequireAsync(int id, CancellationToken cancellationToken) =>
        await _db.Mailboxes.FirstOrDefaultAsync(m => m.Id == id, cancellationToken) ?? throw new KeyNotFoundException($"Không có hộp thư #{id}.");

    private static System.Linq.Expressions.Expression<Func<Mailbox, MailboxSummary>> Summary() => m => new MailboxSummary(
        m.Id, m.Email, m.DisplayName, m.Domain!.Name, m.AccountId, m.TenantName, m.IsActive, m.QuotaBytes / MailDomainService.Mebibyte,
        m.AutoReply, m.ForwardTo, m.AppPasswordsOnly, m.CreatedUtc, m.DisabledUtc);
}
