using Intranet.Core.Data;
using Intranet.Core.OrgUnits;
using Intranet.Core.Tenants;
using Intranet.StaffDirectory.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.StaffDirectory.Services;

/// <summary>
/// Moves a person's entry between two departments inside the caller's data transaction (an HR transfer at the
/// host): both departments' contexts are made in the caller's scope, so they share its transactions. The old
/// entry stays as "left" (IsActive false: the department's history), the new one is listed in the target. The
/// province index and the photo follow only once everything has committed.
/// </summary>
public sealed class DirectoryPersonTransfers : IStaffDirectoryTransfers
{
    private readonly IServiceProvider _services;
    private readonly ITenantRegistry _registry;
    private readonly ProvinceIndex _index;
    private readonly PhotoStore _photos;
    private readonly DataTransactionScope _scope;
    private readonly IEnumerable<IOrgUnitEventHandler> _handlers;

    public DirectoryPersonTransfers(IServiceProvider services, ITenantRegistry registry, ProvinceIndex index, PhotoStore photos, DataTransactionScope scope, IEnumerable<IOrgUnitEventHandler> handlers)
    {
        _services = services;
        _registry = registry;
        _index = index;
        _photos = photos;
        _scope = scope;
        _handlers = handlers;
    }

    // Two databases change together only inside one shared transaction; without it a half move could commit.
    public async Task<int?> MovePersonAsync(DirectoryMove move, CancellationToken cancellationToken = default)
    {
        if (!_scope.IsActive)
        {
            throw new InvalidOperationException("A directory transfer runs inside a data transaction.");
        }

        var from = Department(move.FromTenant);
        var to = Department(move.ToTenant);
        await using var source = TenantDbContexts.Create<DirectoryDbContext>(_services, from);
        await using var target = TenantDbContexts.Create<DirectoryDbContext>(_services, to);
        var person = move.PersonId is { } id
            ? await source.People.FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            : move.AccountId is { } account ? await source.People.FirstOrDefaultAsync(p => p.AccountId == account && p.IsActive, cancellationToken) : null;
        if (person is null)
        {
            return null;
        }

        var unitId = move.ToUnitId is { } u && await target.Units.AnyAsync(x => x.Id == u, cancellationToken) ? u : null;
        var moved = person.Email is { } email ? await target.People.FirstOrDefaultAsync(p => p.Email == email, cancellationToken) : null;
        if (moved is null)
        {
            moved = new Person { FullName = person.FullName };
            target.People.Add(moved);
        }

        moved.FullName = person.FullName;
        moved.Email = person.Email;
        moved.ExternalId = person.ExternalId;
        moved.AccountId = person.AccountId;
        moved.UnitId = unitId;
        moved.PositionId = null; // positions are each department's own list
        moved.OfficePhone = null; // the old office's phone and room do not follow the person
        moved.Room = null;
        moved.Mobile = person.Mobile;
        moved.IsActive = true;
        moved.AccountDisabled = person.AccountDisabled;
        moved.PhotoContentType = person.PhotoContentType;
        moved.PhotoVersion = person.PhotoVersion + 1;
        moved.EmailVisibility = person.EmailVisibility;
        moved.MobileVisibility = person.MobileVisibility;
        moved.PhotoVisibility = person.PhotoVisibility;
        moved.PositionVisibility = person.PositionVisibility;
        moved.UpdatedUtc = DateTime.UtcNow;
        var fromUnit = person.UnitId;
        person.IsActive = false;
        person.UpdatedUtc = DateTime.UtcNow;
        await source.SaveChangesAsync(cancellationToken);
        await target.SaveChangesAsync(cancellationToken);

        foreach (var handler in _handlers)
        {
            if (fromUnit is not null)
            {
                await handler.MemberMovedAsync(new OrgUnitMemberInfo(from.Name, fromUnit, person.AccountId, person.Email, person.FullName, false), fromUnit, null, cancellationToken);
            }

            if (unitId is not null)
            {
                await handler.MemberMovedAsync(new OrgUnitMemberInfo(to.Name, unitId, moved.AccountId, moved.Email, moved.FullName, moved.IsListed), null, unitId, cancellationToken);
            }
        }

        var unitName = unitId is null ? null : await target.Units.Where(x => x.Id == unitId).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken);
        var (oldId, newId, photo) = (person.Id, moved.Id, person.PhotoContentType);
        var snapshot = moved;
        AfterCommit(async ct =>
        {
            _index.Remove(from.Name, [oldId]);
            _index.Update(to, [(snapshot, unitName)]);
            if (photo is not null && await _photos.ReadAsync(from, oldId, photo, ct) is { } bytes)
            {
                await _photos.SaveAsync(to, newId, bytes, photo, ct);
            }
        });
        return moved.Id;
    }

    private Tenant Department(string name) =>
        _registry.Table.FindByName(name) is { IsHost: false } tenant && TenantDirectoryReader.IsDirectoryTenant(tenant)
            ? tenant
            : throw new DirectoryException($"Đơn vị '{name}' không có danh bạ đang hoạt động.");

    private void AfterCommit(Func<CancellationToken, Task> action)
    {
        _scope.AfterCommit(action);
    }
}
