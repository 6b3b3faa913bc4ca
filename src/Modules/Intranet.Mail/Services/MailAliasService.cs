using Intranet.Mail.Data;
using Intranet.Mail.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Mail.Services;

/// <summary>Aliases (one row per destination) and send-as grants, refusing duplicates, loops and over-limit domains.</summary>
public sealed class MailAliasService
{
    private readonly MailDbContext _db;
    private readonly TimeProvider _clock;

    public MailAliasService(MailDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
    }

    public async Task<Paged<AliasSummary>> ListAsync(int? domainId, string? search, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        (page, pageSize) = (Math.Max(page, 1), Math.Clamp(pageSize, 1, 200));
        var query = _db.Aliases.AsNoTracking().Where(a => a.Kind == MailAliasKind.Alias);
        if (domainId is { } id)
        {
            query = query.Where(a => a.DomainId == id);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLowerInvariant();
            query = query.Where(a => a.Address.Contains(term) || a.Destination.Contains(term));
        }

        var addresses = query.Select(a => a.Address).Distinct();
        var total = await addresses.CountAsync(cancellationToken);
        var pageAddresses = await addresses.OrderBy(a => a).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var rows = await _db.Aliases.AsNoTracking().Where(a => a.Kind == MailAliasKind.Alias && pageAddresses.Contains(a.Address))
            .OrderBy(a => a.Destination).ToListAsync(cancellationToken);
        var items = pageAddresses.Select(address => new AliasSummary(address, MailAddress.DomainOf(address),
            rows.Where(r => r.Address == address).Select(r => new AliasDestination(r.Id, r.Destination, r.IsActive)).ToList())).ToList();
        return new Paged<AliasSummary>(items, page, pageSize, total);
    }

    /// <summary>Adds destinations to an alias address (creating it), all or nothing.</summary>
    public async Task AddAsync(AliasInput input, CancellationToken cancellationToken = default)
    {
        var address = MailAddress.Normalize(input.Address, "address");
        var domain = await _db.Domains.FirstOrDefaultAsync(d => d.Name == MailAddress.DomainOf(address), cancellationToken)
            ?? throw MailValidationException.For("address", $"Tên miền của {address} không do hệ thống quản lý; bí danh phải thuộc một tên miền trong danh sách.");
        if (input.Destinations.Count == 0)
        {
            throw MailValidationException.For("destinations", "Bí danh cần ít nhất một địa chỉ nhận.");
        }

        var destinations = new List<string>();
        foreach (var raw in input.Destinations)
        {
            var destination = MailAddress.Normalize(raw, "destinations");
            if (destination == address)
            {
                throw MailValidationException.For("destinations", $"Bí danh {address} không được chuyển về chính nó.");
            }

            if (destinations.Contains(destination))
            {
                throw MailValidationException.For("destinations", $"Địa chỉ nhận {destination} bị nhập hai lần.");
            }

            destinations.Add(destination);
        }

        if (await _db.Mailboxes.AnyAsync(m => m.Email == address, cancellationToken))
        {
            throw MailValidationException.For("address", $"{address} là một hộp thư; bí danh không được trùng địa chỉ hộp thư.");
        }

        if (await _db.Lists.AnyAsync(l => l.Address == address, cancellationToken))
        {
            throw MailValidationException.For("address", $"{address} là một nhóm thư; hãy thêm thành viên vào nhóm thay vì tạo bí danh.");
        }

        var existing = await _db.Aliases.Where(a => a.Address == address).Select(a => a.Destination).ToListAsync(cancellationToken);
        if (destinations.FirstOrDefault(existing.Contains) is { } duplicate)
        {
            throw MailValidationException.For("destinations", $"Bí danh {address} → {duplicate} đã có.");
        }

        if (existing.Count == 0 && domain.MaxAliases > 0)
        {
            var count = await _db.Aliases.Where(a => a.DomainId == domain.Id && a.Kind == MailAliasKind.Alias).Select(a => a.Address).Distinct().CountAsync(cancellationToken);
            if (count >= domain.MaxAliases)
            {
                throw MailValidationException.For("address", $"Tên miền {domain.Name} đã đủ {domain.MaxAliases} bí danh theo giới hạn.");
            }
        }

        // Mail must never circle: walk every alias edge (plus the new ones) from each new destination.
        var edges = await _db.Aliases.Where(a => a.IsActive && a.Address != a.Destination)
            .Select(a => new { a.Address, a.Destination }).ToListAsync(cancellationToken);
        var graph = edges.GroupBy(e => e.Address).ToDictionary(g => g.Key, g => g.Select(e => e.Destination).ToList(), StringComparer.Ordinal);
        foreach (var destination in destinations)
        {
            if (PathBetween(graph, destination, address) is { } path)
            {
                throw MailValidationException.For("destinations",
                    $"Bí danh tạo vòng lặp: {address} → {string.Join(" → ", path)}. Thư sẽ chuyển mãi không dừng nên không được lưu.");
            }
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        foreach (var destination in destinations)
        {
            _db.Aliases.Add(new MailAlias { DomainId = domain.Id, Address = address, Destination = destination, Kind = MailAliasKind.Alias, CreatedUtc = now });
        }

        await _db.SaveChangesAsync(cancellationToken);
    }

    public async Task RemoveDestinationAsync(int aliasId, CancellationToken cancellationToken = default)
    {
        var removed = await _db.Aliases.Where(a => a.Id == aliasId && a.Kind == MailAliasKind.Alias).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            throw new KeyNotFoundException($"Không có bí danh #{aliasId}.");
        }
    }

    public async Task GrantSendAsAsync(string address, string mailboxEmail, CancellationToken cancellationToken = default)
    {
        var normal = MailAddress.Normalize(address, "address");
        var owner = MailAddress.Normalize(mailboxEmail, "mailbox");
        if (!await _db.Domains.AnyAsync(d => d.Name == MailAddress.DomainOf(normal), cancellationToken))
        {
            throw MailValidationException.For("address", $"Tên miền của {normal} không do hệ thống quản lý.");
        }

        var mailbox = await _db.Mailboxes.FirstOrDefaultAsync(m => m.Email == owner, cancellationToken)
            ?? throw MailValidationException.For("mailbox", $"Không có hộp thư {owner}.");
        if (normal == owner || await _db.SendAs.AnyAsync(s => s.Address == normal && s.MailboxId == mailbox.Id, cancellationToken))
        {
            throw MailValidationException.For("address", $"{owner} đã được gửi thư với địa chỉ {normal}.");
        }

        _db.SendAs.Add(new MailSendAs { Address = normal, MailboxId = mailbox.Id, CreatedUtc = _clock.GetUtcNow().UtcDateTime });
        await _db.SaveChangesAsync(cancellationToken);
    }

    public async Task RevokeSendAsAsync(string address, string mailboxEmail, CancellationToken cancellationToken = default)
    {
        var normal = address.Trim().ToLowerInvariant();
        var owner = mailboxEmail.Trim().ToLowerInvariant();
        var removed = await _db.SendAs.Where(s => s.Address == normal && _db.Mailboxes.Any(m => m.Id == s.MailboxId && m.Email == owner)).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            throw new KeyNotFoundException($"{owner} không có quyền gửi với địa chỉ {normal}.");
        }
    }

    /// <summary>The chain from <paramref name="from"/> to <paramref name="to"/> through aliases, or null.</summary>
    internal static List<string>? PathBetween(IReadOnlyDictionary<string, List<string>> graph, string from, string to)
    {
        var previous = new Dictionary<string, string?>(StringComparer.Ordinal) { [from] = null };
        var queue = new Queue<string>([from]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (current == to)
            {
                var path = new List<string>();
                for (string? step = current; step is not null; step = previous[step])
                {
                    path.Insert(0, step);
                }

                return path;
            }

            if (graph.TryGetValue(current, out var next))
            {
                foreach (var n in next.Where(n => !previous.ContainsKey(n)))
                {
                    previous[n] = current;
                    queue.Enqueue(n);
                }
            }
        }

        return null;
    }
}
