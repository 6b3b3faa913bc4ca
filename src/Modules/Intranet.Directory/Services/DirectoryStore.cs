using Intranet.Core.Accounts;
using Intranet.Core.Audit;
using Intranet.Core.Data;
using Intranet.Core.OrgUnits;
using Intranet.Core.Tenants;
using Intranet.StaffDirectory.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.StaffDirectory.Services;

/// <summary>
/// Units, positions and people of the current department. Every change is checked first, saved in the scope's
/// transaction, announced to <see cref="IOrgUnitEventHandler"/>s inside it, and reaches the province index only
/// once committed (the index is a cache: it must never show what was rolled back).
/// </summary>
public sealed class DirectoryStore
{
    private readonly DirectoryDbContext _db;
    private readonly ITenantAccessor _tenants;
    private readonly ProvinceIndex _index;
    private readonly IEnumerable<IOrgUnitEventHandler> _handlers;
    private readonly DataTransactionScope _scope;
    private readonly IServiceProvider _services;
    private readonly ILogger<DirectoryStore> _logger;

    public DirectoryStore(DirectoryDbContext db, ITenantAccessor tenants, ProvinceIndex index, IEnumerable<IOrgUnitEventHandler> handlers,
        DataTransactionScope scope, IServiceProvider services, ILogger<DirectoryStore> logger)
    {
        _db = db;
        _tenants = tenants;
        _index = index;
        _handlers = handlers;
        _scope = scope;
        _services = services;
        _logger = logger;
    }

    public Tenant Tenant => _tenants.Required;

    /// <summary>An import records one summary entry instead of one per row.</summary>
    public bool AuditEachPerson { get; set; } = true;

    /// <summary>An import updates the search index once, after its commit, instead of one index commit per row.</summary>
    public bool ReindexEachPerson { get; set; } = true;

    public DirectoryDbContext Db => _db;

    public Task<List<OrgUnit>> ListUnitsAsync(CancellationToken ct = default) =>
        _db.Units.AsNoTracking().OrderBy(u => u.SortOrder).ThenBy(u => u.Name).ToListAsync(ct);

    public Task<OrgUnit?> FindUnitAsync(string id, CancellationToken ct = default) => _db.Units.FirstOrDefaultAsync(u => u.Id == id, ct);

    public Task<List<Position>> ListPositionsAsync(CancellationToken ct = default) =>
        _db.Positions.AsNoTracking().OrderBy(p => p.Rank).ThenBy(p => p.Name).ToListAsync(ct);

    public Task<List<Person>> ListPeopleAsync(string? unitId = null, bool includeInactive = false, CancellationToken ct = default)
    {
        var query = _db.People.AsNoTracking().Include(p => p.Position).AsQueryable();
        if (unitId is not null)
        {
            query = query.Where(p => p.UnitId == unitId);
        }

        if (!includeInactive)
        {
            query = query.Where(p => p.IsActive && !p.AccountDisabled);
        }

        return query.OrderBy(p => p.Position == null ? int.MaxValue : p.Position.Rank).ThenBy(p => p.FullName).ToListAsync(ct);
    }

    public Task<Person?> FindPersonAsync(int id, CancellationToken ct = default) =>
        _db.People.Include(p => p.Position).FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>The caller's own profile in this department: by account id, else by official email.</summary>
    public async Task<Person?> FindOwnAsync(string? accountId, string? email, CancellationToken ct = default)
    {
        var lower = email?.Trim().ToLowerInvariant();
        return (accountId is null ? null : await _db.People.Include(p => p.Position).FirstOrDefaultAsync(p => p.AccountId == accountId, ct))
            ?? (lower is null ? null : await _db.People.Include(p => p.Position).FirstOrDefaultAsync(p => p.Email == lower, ct));
    }

    public async Task<OrgUnit> CreateUnitAsync(UnitInput input, CancellationToken ct = default)
    {
        await CheckUnitAsync(input, ct);
        if (await _db.Units.AnyAsync(u => u.Id == input.Id, ct))
        {
            throw new DirectoryException($"Đã có đơn vị mã '{input.Id}'.", isConflict: true);
        }

        var unit = new OrgUnit { Id = input.Id, Name = input.Name.Trim(), Kind = input.Kind, ParentId = input.ParentId, SortOrder = input.SortOrder };
        _db.Units.Add(unit);
        await _db.SaveChangesAsync(ct);
        await RaiseAsync(h => h.UnitSavedAsync(Info(unit), ct));
        await AuditAsync("unit.created", unit.Id, unit.Name, ct);
        return unit;
    }

    /// <summary>Updates a unit (null when there is none); a renamed unit is renamed in every result of its people.</summary>
    public async Task<OrgUnit?> UpdateUnitAsync(UnitInput input, CancellationToken ct = default)
    {
        var unit = await FindUnitAsync(input.Id, ct);
        if (unit is null)
        {
            return null;
        }

        await CheckUnitAsync(input, ct);
        var renamed = unit.Name != input.Name.Trim();
        unit.Name = input.Name.Trim();
        unit.Kind = input.Kind;
        unit.ParentId = input.ParentId;
        unit.SortOrder = input.SortOrder;
        await _db.SaveChangesAsync(ct);
        await RaiseAsync(h => h.UnitSavedAsync(Info(unit), ct));
        await AuditAsync("unit.updated", unit.Id, unit.Name, ct);
        if (renamed)
        {
            Reindex(await _db.People.AsNoTracking().Include(p => p.Position).Where(p => p.UnitId == unit.Id).ToListAsync(ct));
        }

        return unit;
    }

    /// <summary>Creates or updates by id (recipes, imports).</summary>
    public async Task<OrgUnit> SaveUnitAsync(UnitInput input, CancellationToken ct = default) =>
        await UpdateUnitAsync(input, ct) ?? await CreateUnitAsync(input, ct);

    /// <summary>Removes an empty unit; refuses one that still has sub-units or people (409).</summary>
    public async Task<bool> DeleteUnitAsync(string id, CancellationToken ct = default)
    {
        var unit = await FindUnitAsync(id, ct);
        if (unit is null)
        {
            return false;
        }

        if (await _db.Units.AnyAsync(u => u.ParentId == id, ct))
        {
            throw new DirectoryException($"Đơn vị '{unit.Name}' còn đơn vị trực thuộc; hãy chuyển hoặc xoá chúng trước.", isConflict: true);
        }

        if (await _db.People.AnyAsync(p => p.UnitId == id, ct))
        {
            throw new DirectoryException($"Đơn vị '{unit.Name}' còn cán bộ; hãy chuyển họ sang đơn vị khác trước.", isConflict: true);
        }

        _db.Units.Remove(unit);
        await _db.SaveChangesAsync(ct);
        await RaiseAsync(h => h.UnitRemovedAsync(Info(unit), ct));
        await AuditAsync("unit.deleted", unit.Id, unit.Name, ct);
        return true;
    }

    public async Task<Person> CreatePersonAsync(PersonInput input, CancellationToken ct = default)
    {
        var person = new Person { FullName = "" };
        await ApplyAsync(person, input, ct);
        _db.People.Add(person);
        await SaveKeyedAsync(ct);
        await AfterPersonSavedAsync(person, null, true, ct);
        if (AuditEachPerson)
        {
            await AuditAsync("person.created", person.Email ?? person.ExternalId, person.FullName, ct);
        }

        return person;
    }

    public async Task<Person?> UpdatePersonAsync(int id, PersonInput input, CancellationToken ct = default)
    {
        var person = await FindPersonAsync(id, ct);
        if (person is null)
        {
            return null;
        }

        var from = person.UnitId;
        await ApplyAsync(person, input, ct);
        await SaveKeyedAsync(ct);
        await AfterPersonSavedAsync(person, from, false, ct);
        if (AuditEachPerson)
        {
            await AuditAsync("person.updated", person.Email ?? person.ExternalId, person.FullName, ct);
        }

        return person;
    }

    /// <summary>Creates or updates by the idempotent key: official email, else external id (recipes, imports).</summary>
    public async Task<(Person Person, bool Created)> UpsertPersonAsync(PersonInput input, CancellationToken ct = default)
    {
        var existing = await FindByKeyAsync(input, ct);
        if (existing is null)
        {
            return (await CreatePersonAsync(input, ct), true);
        }

        return ((await UpdatePersonAsync(existing.Id, input, ct))!, false);
    }

    public async Task<Person?> FindByKeyAsync(PersonInput input, CancellationToken ct = default)
    {
        if (ProfileRules.Clean(input.Email)?.ToLowerInvariant() is { } email)
        {
            return await _db.People.Include(p => p.Position).FirstOrDefaultAsync(p => p.Email == email, ct);
        }

        return ProfileRules.Clean(input.ExternalId) is { } external
            ? await _db.People.Include(p => p.Position).FirstOrDefaultAsync(p => p.ExternalId == external, ct)
            : null;
    }

    public async Task<bool> DeletePersonAsync(int id, CancellationToken ct = default)
    {
        var person = await FindPersonAsync(id, ct);
        if (person is null)
        {
            return false;
        }

        _db.People.Remove(person);
        await _db.SaveChangesAsync(ct);
        if (person.UnitId is not null)
        {
            await RaiseAsync(h => h.MemberMovedAsync(MemberInfo(person) with { IsActive = false }, person.UnitId, null, ct));
        }

        await AuditAsync("person.deleted", person.Email ?? person.ExternalId, person.FullName, ct);
        var tenant = Tenant;
        AfterCommit(() => _index.Remove(tenant.Name, [id]));
        return true;
    }

    /// <summary>The person's own changes (contact details they may edit and who sees them).</summary>
    public async Task UpdateOwnAsync(Person person, SelfProfileInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, List<string>>();
        ProfileRules.CheckPhone(input.OfficePhone, "officePhone", "Điện thoại cơ quan", errors);
        ProfileRules.CheckPhone(input.Mobile, "mobile", "Điện thoại di động", errors);
        if (ProfileRules.Clean(input.Room) is { Length: > 60 })
        {
            ProfileRules.Add(errors, "room", "Phòng làm việc dài quá 60 ký tự.");
        }

        ProfileRules.CheckText(input.Room, "room", "Phòng làm việc", errors);

        if (errors.Count > 0)
        {
            throw new DirectoryException("Hồ sơ chưa hợp lệ.", ProfileRules.Freeze(errors));
        }

        person.OfficePhone = ProfileRules.Clean(input.OfficePhone);
        person.Mobile = ProfileRules.Clean(input.Mobile);
        person.Room = ProfileRules.Clean(input.Room);
        person.EmailVisibility = input.EmailVisibility;
        person.OfficePhoneVisibility = input.OfficePhoneVisibility;
        person.MobileVisibility = input.MobileVisibility;
        person.RoomVisibility = input.RoomVisibility;
        person.PhotoVisibility = input.PhotoVisibility;
        person.UpdatedUtc = DateTime.UtcNow;
        await _db.SaveChangesAsync(ct);
        await AuditAsync("person.self-updated", person.Email ?? person.ExternalId, person.FullName, ct);
        Reindex([person]);
    }

    /// <summary>Records a directory change in the department's audit trail (in the change's transaction when one is shared).</summary>
    public async Task AuditAsync(string action, string? subject, string? details, CancellationToken ct)
    {
        if (_services.GetService<IAuditTrail>() is { } audit)
        {
            await audit.RecordAsync(new AuditEvent("directory", action, subject, details), ct);
        }
    }

    /// <summary>Saves changes made to a tracked person directly (a new photo) and refreshes the index.</summary>
    public async Task SavePersonAsync(Person person, CancellationToken ct = default)
    {
        person.UpdatedUtc = DateTime.UtcNow;
        await _db.SaveChangesAsync(ct);
        Reindex([person]);
    }

    /// <summary>Marks the account's profiles here disabled or enabled; returns the people changed.</summary>
    public async Task<List<Person>> SetAccountDisabledAsync(string? accountId, string? email, bool disabled, CancellationToken ct = default)
    {
        var lower = email?.Trim().ToLowerInvariant();
        var people = await _db.People.Include(p => p.Position)
            .Where(p => (accountId != null && p.AccountId == accountId) || (lower != null && p.Email == lower))
            .ToListAsync(ct);
        foreach (var person in people)
        {
            person.AccountDisabled = disabled;
            person.AccountId ??= accountId;
        }

        await _db.SaveChangesAsync(ct);
        Reindex(people);
        return people;
    }

    /// <summary>Schedules the index update of these people for after the commit (now, when no shared transaction runs).</summary>
    public void Reindex(IReadOnlyCollection<Person> people)
    {
        if (people.Count == 0)
        {
            return;
        }

        var tenant = Tenant;
        var unitIds = people.Select(p => p.UnitId).OfType<string>().Distinct().ToList();
        var names = _db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionary(u => u.Id, u => u.Name);
        var rows = people.Select(p => (p, p.UnitId is null ? null : names.GetValueOrDefault(p.UnitId))).ToList();
        AfterCommit(() => _index.Update(tenant, rows));
    }

    private void AfterCommit(Action action)
    {
        if (_scope.IsActive)
        {
            _scope.AfterCommit(_ =>
            {
                action();
                return Task.CompletedTask;
            });
        }
        else
        {
            action();
        }
    }

    internal async Task AfterPersonSavedAsync(Person person, string? fromUnit, bool created, CancellationToken ct)
    {
        if (created ? person.UnitId is not null : fromUnit != person.UnitId)
        {
            await RaiseAsync(h => h.MemberMovedAsync(MemberInfo(person), fromUnit, person.UnitId, ct));
        }

        if (ReindexEachPerson)
        {
            Reindex([person]);
        }
    }

    internal async Task SaveKeyedAsync(CancellationToken ct)
    {
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 })
        {
            throw new DirectoryException("Địa chỉ thư hoặc mã cán bộ đã thuộc về một hồ sơ khác.", null, isConflict: true);
        }
    }

    /// <summary>Checks and copies the input onto the person; <paramref name="knownUnits"/> (a batch's, read once) spares the unit query.</summary>
    internal async Task ApplyAsync(Person person, PersonInput input, CancellationToken ct, IReadOnlySet<string>? knownUnits = null)
    {
        var errors = new Dictionary<string, List<string>>();
        ProfileRules.CheckPerson(input, errors);
        var unitId = ProfileRules.Clean(input.UnitId);
        if (unitId is not null && !(knownUnits?.Contains(unitId) ?? await _db.Units.AnyAsync(u => u.Id == unitId, ct)))
        {
            ProfileRules.Add(errors, "unit", $"Không có đơn vị mã '{unitId}'.");
        }

        if (errors.Count > 0)
        {
            throw new DirectoryException("Hồ sơ chưa hợp lệ.", ProfileRules.Freeze(errors));
        }

        person.FullName = ProfileRules.Clean(input.FullName)!;
        person.Email = ProfileRules.Clean(input.Email)?.ToLowerInvariant();
        person.ExternalId = ProfileRules.Clean(input.ExternalId);
        person.UnitId = unitId;
        person.Position = ProfileRules.Clean(input.Position) is { } positionName ? await PositionAsync(positionName, ct) : null;
        person.OfficePhone = ProfileRules.Clean(input.OfficePhone);
        person.Mobile = ProfileRules.Clean(input.Mobile);
        person.Room = ProfileRules.Clean(input.Room);
        person.AccountId = ProfileRules.Clean(input.AccountId) ?? person.AccountId;
        person.IsActive = input.IsActive;
        person.PositionVisibility = input.PositionVisibility ?? person.PositionVisibility;
        person.EmailVisibility = input.EmailVisibility ?? person.EmailVisibility;
        person.OfficePhoneVisibility = input.OfficePhoneVisibility ?? person.OfficePhoneVisibility;
        person.MobileVisibility = input.MobileVisibility ?? person.MobileVisibility;
        person.RoomVisibility = input.RoomVisibility ?? person.RoomVisibility;
        person.PhotoVisibility = input.PhotoVisibility ?? person.PhotoVisibility;
        person.UpdatedUtc = DateTime.UtcNow;
        await LinkAccountAsync(person, ct);
    }

    /// <summary>Links the profile to the account with the same official email, and follows that account's state.</summary>
    private async Task LinkAccountAsync(Person person, CancellationToken ct)
    {
        if (person.Email is null || _services.GetService<IAccountDirectory>() is not { } accounts)
        {
            return;
        }

        try
        {
            if (await accounts.FindByEmailAsync(person.Email, ct) is { } account)
            {
                person.AccountId ??= account.Id;
                person.AccountDisabled = !account.IsEnabled;
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or DbUpdateException or Microsoft.Data.Sqlite.SqliteException)
        {
            // Linking is a convenience (account events also match by email); never fail a profile change for it.
            _logger.LogWarning(ex, "Could not look up the account of a directory profile in {Tenant}.", Tenant.Name);
        }
    }

    private async Task<Position> PositionAsync(string name, CancellationToken ct)
    {
        var local = _db.Positions.Local.FirstOrDefault(p => p.Name == name);
        if (local is not null)
        {
            return local;
        }

        var position = await _db.Positions.FirstOrDefaultAsync(p => p.Name == name, ct);
        if (position is null)
        {
            // Positions a batch added are not saved yet: rank after them too.
            var saved = await _db.Positions.MaxAsync(p => (int?)p.Rank, ct) ?? 0;
            var rank = Math.Max(saved, _db.Positions.Local.Select(p => (int?)p.Rank).Max() ?? 0) + 10;
            position = new Position { Name = name, Rank = rank };
            _db.Positions.Add(position);
        }

        return position;
    }

    private async Task CheckUnitAsync(UnitInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, List<string>>();
        ProfileRules.CheckUnit(input, errors);
        if (input.ParentId is { } parent && parent != input.Id)
        {
            var parents = await _db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ParentId, ct);
            if (!parents.ContainsKey(parent))
            {
                ProfileRules.Add(errors, "parent", $"Không có đơn vị cấp trên mã '{parent}'.");
            }
            else
            {
                // Walking up from the new parent must never meet the unit itself (a cycle would hang the org chart).
                for (string? at = parent; at is not null; at = parents.GetValueOrDefault(at))
                {
                    if (at == input.Id)
                    {
                        ProfileRules.Add(errors, "parent", "Không thể đặt một đơn vị trực thuộc chính đơn vị cấp dưới của nó.");
                        break;
                    }
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new DirectoryException("Đơn vị chưa hợp lệ.", ProfileRules.Freeze(errors));
        }
    }

    private async Task RaiseAsync(Func<IOrgUnitEventHandler, Task> raise)
    {
        foreach (var handler in _handlers)
        {
            await raise(handler);
        }
    }

    private OrgUnitInfo Info(OrgUnit unit) => new(Tenant.Name, unit.Id, unit.Name, unit.ParentId, unit.Id);

    private OrgUnitMemberInfo MemberInfo(Person person) =>
        new(Tenant.Name, person.UnitId ?? "", person.AccountId, person.Email, person.FullName, person.IsListed);
}
