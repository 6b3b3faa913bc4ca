using Intranet.Core.Validation;
using Intranet.Mail.Data;
using Intranet.Mail.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Intranet.Mail.Services;

/// <summary>
/// Distribution lists. Automatic lists (all staff of a department, each org unit) are kept in step by the
/// account and org-unit event handlers; manual lists by administrators. Members are alias rows.
/// </summary>
public sealed class MailListService
{
    private readonly MailDbContext _db;
    private readonly MailOptions _options;
    private readonly TimeProvider _clock;

    public MailListService(MailDbContext db, IOptions<MailOptions> options, TimeProvider clock)
    {
        _db = db;
        _options = options.Value;
        _clock = clock;
    }

    public async Task<Paged<ListSummary>> ListAsync(int? domainId, string? search, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        (page, pageSize) = (Math.Max(page, 1), Math.Clamp(pageSize, 1, 200));
        var query = _db.Lists.AsNoTracking();
        if (domainId is { } id)
        {
            query = query.Where(l => l.DomainId == id);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLowerInvariant();
            query = query.Where(l => l.Address.Contains(term) || EF.Functions.Like(l.Name, "%" + term + "%"));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(l => l.Address).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(l => new ListSummary(l.Id, l.Address, l.Name, l.Kind, l.TenantName, l.UnitId, _db.Aliases.Count(a => a.ListId == l.Id)))
            .ToListAsync(cancellationToken);
        return new Paged<ListSummary>(items, page, pageSize, total);
    }

    public Task<List<string>> MembersAsync(int listId, CancellationToken cancellationToken = default) =>
        _db.Aliases.Where(a => a.ListId == listId).OrderBy(a => a.Destination).Select(a => a.Destination).ToListAsync(cancellationToken);

    public Task<MailList?> TenantListAsync(string tenantName, CancellationToken cancellationToken = default) =>
        _db.Lists.FirstOrDefaultAsync(l => l.Kind == MailListKind.Tenant && l.TenantName == tenantName, cancellationToken);

    public Task<MailList?> UnitListAsync(string tenantName, string unitId, CancellationToken cancellationToken = default) =>
        _db.Lists.FirstOrDefaultAsync(l => l.Kind == MailListKind.Unit && l.TenantName == tenantName && l.UnitId == unitId, cancellationToken);

    /// <summary>The department's all-staff list ("tatca@…", or "tatca-{tenant}@…" on a shared domain); null without a domain.</summary>
    public async Task<MailList?> EnsureTenantListAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        if (await TenantListAsync(tenantName, cancellationToken) is { } existing)
        {
            return existing;
        }

        var domain = await DomainForAsync(tenantName, cancellationToken);
        if (domain is null)
        {
            return null;
        }

        var local = await LocalPartForAsync(domain, _options.TenantListLocalPart, tenantName, cancellationToken);
        return await AddListAsync(domain, local, $"Toàn thể cán bộ ({tenantName})", MailListKind.Tenant, tenantName, null, cancellationToken);
    }

    /// <summary>A unit's list, named after the unit's slug; renamed units keep their address (people know it).</summary>
    public async Task<MailList?> EnsureUnitListAsync(string tenantName, string unitId, string unitName, string slug, CancellationToken cancellationToken = default)
    {
        if (await UnitListAsync(tenantName, unitId, cancellationToken) is { } existing)
        {
            existing.Name = unitName;
            await _db.SaveChangesAsync(cancellationToken);
            return existing;
        }

        var domain = await DomainForAsync(tenantName, cancellationToken);
        if (domain is null)
        {
            return null;
        }

        var baseLocal = MailAddressGenerator.Slug(slug);
        var local = await LocalPartForAsync(domain, baseLocal, tenantName, cancellationToken);
        return await AddListAsync(domain, local, unitName, MailListKind.Unit, tenantName, unitId, cancellationToken);
    }

    public async Task RemoveUnitListAsync(string tenantName, string unitId, CancellationToken cancellationToken = default)
    {
        if (await UnitListAsync(tenantName, unitId, cancellationToken) is { } list)
        {
            await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
            await _db.Aliases.Where(a => a.ListId == list.Id).ExecuteDeleteAsync(cancellationToken);
            await _db.SendAs.Where(s => s.Address == list.Address).ExecuteDeleteAsync(cancellationToken);
            _db.Lists.Remove(list);
            await _db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public async Task<int> CreateManualAsync(string? address, string? name, CancellationToken cancellationToken = default)
    {
        var normal = MailAddress.Normalize(address, "address");
        var domain = await _db.Domains.FirstOrDefaultAsync(d => d.Name == MailAddress.DomainOf(normal), cancellationToken)
            ?? throw MailValidationException.For("address", $"Tên miền của {normal} không do hệ thống quản lý.");
        var title = (name ?? "").Trim();
        if (title.Length is 0 or > 200)
        {
            throw MailValidationException.For("name", "Tên nhóm thư là bắt buộc (tối đa 200 ký tự).");
        }

        if (NameRule.Check(title, "Tên nhóm thư") is { } invalidName)
        {
            throw MailValidationException.For("name", invalidName);
        }

        if (await IsTakenAsync(normal, cancellationToken))
        {
            throw MailValidationException.For("address", $"Địa chỉ {normal} đã được dùng cho một hộp thư, bí danh hoặc nhóm thư.");
        }

        var list = await AddListAsync(domain, MailAddress.LocalPartOf(normal), title, MailListKind.Manual, null, null, cancellationToken);
        return list.Id;
    }

    /// <summary>Adds or removes one member (idempotent); automatic lists are changed only through here by the handlers.</summary>
    public async Task SetMemberAsync(MailList list, string email, bool isMember, CancellationToken cancellationToken = default)
    {
        var destination = MailAddress.Normalize(email, "member");
        var row = await _db.Aliases.FirstOrDefaultAsync(a => a.ListId == list.Id && a.Destination == destination, cancellationToken);
        if (isMember && row is null)
        {
            if (destination == list.Address)
            {
                throw MailValidationException.For("member", "Nhóm thư không được là thành viên của chính nó.");
            }

            _db.Aliases.Add(new MailAlias
            {
                DomainId = list.DomainId, Address = list.Address, Destination = destination, Kind = MailAliasKind.ListMember,
                ListId = list.Id, CreatedUtc = _clock.GetUtcNow().UtcDateTime,
            });
            await _db.SaveChangesAsync(cancellationToken);
        }
        else if (!isMember && row is not null)
        {
            _db.Aliases.Remove(row);
            await _db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<MailList> RequireAsync(int listId, CancellationToken cancellationToken = default) =>
        await _db.Lists.FirstOrDefaultAsync(l => l.Id == listId, cancellationToken) ?? throw new KeyNotFoundException($"Không có nhóm thư #{listId}.");

    private Task<Models.MailDomain?> DomainForAsync(string tenantName, CancellationToken cancellationToken) =>
        _db.DomainTenants.Where(t => t.TenantName == tenantName).Select(t => t.Domain).FirstOrDefaultAsync(cancellationToken);

    private async Task<string> LocalPartForAsync(Models.MailDomain domain, string baseLocal, string tenantName, CancellationToken cancellationToken)
    {
        var shared = await _db.DomainTenants.CountAsync(t => t.DomainId == domain.Id, cancellationToken) > 1;
        var wanted = shared ? baseLocal + "-" + MailAddressGenerator.Slug(tenantName) : baseLocal;
        return await MailAddressGenerator.FirstFreeAsync(MailAddress.NormalizeLocalPart(wanted), c => IsTakenAsync(c + "@" + domain.Name, cancellationToken));
    }

    private async Task<bool> IsTakenAsync(string email, CancellationToken cancellationToken) =>
        await _db.Mailboxes.AnyAsync(m => m.Email == email, cancellationToken)
        || await _db.Aliases.AnyAsync(a => a.Address == email, cancellationToken)
        || await _db.Lists.AnyAsync(l => l.Address == email, cancellationToken);

    private async Task<MailList> AddListAsync(Models.MailDomain domain, string local, string name, MailListKind kind, string? tenant, string? unitId, CancellationToken cancellationToken)
    {
        var list = new MailList
        {
            DomainId = domain.Id, Address = local + "@" + domain.Name, Name = name, Kind = kind, TenantName = tenant, UnitId = unitId,
            CreatedUtc = _clock.GetUtcNow().UtcDateTime,
        };
        _db.Lists.Add(list);
        await _db.SaveChangesAsync(cancellationToken);
        return list;
    }
}
