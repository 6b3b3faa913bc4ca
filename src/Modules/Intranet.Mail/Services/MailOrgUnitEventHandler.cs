using Intranet.Core.OrgUnits;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Mail.Services;

/// <summary>Keeps one list per org unit in step with the Directory: created with the unit, members follow placements.</summary>
public sealed class MailOrgUnitEventHandler : IOrgUnitEventHandler
{
    private readonly MailListService _lists;
    private readonly MailboxService _mailboxes;
    private readonly IServiceProvider _services;

    public MailOrgUnitEventHandler(MailListService lists, MailboxService mailboxes, IServiceProvider services)
    {
        _lists = lists;
        _mailboxes = mailboxes;
        _services = services;
    }

    public async Task UnitSavedAsync(OrgUnitInfo unit, CancellationToken cancellationToken) =>
        await _lists.EnsureUnitListAsync(unit.TenantName, unit.UnitId, unit.Name, unit.Slug, cancellationToken);

    public Task UnitRemovedAsync(OrgUnitInfo unit, CancellationToken cancellationToken) =>
        _lists.RemoveUnitListAsync(unit.TenantName, unit.UnitId, cancellationToken);

    public async Task MemberMovedAsync(OrgUnitMemberInfo member, string? fromUnitId, string? toUnitId, CancellationToken cancellationToken)
    {
        var mailbox = member.AccountId is { } accountId ? await _mailboxes.FindByAccountAsync(accountId, cancellationToken) : null;
        if (mailbox is null && member.Email is { } email)
        {
            mailbox = await _mailboxes.FindByEmailAsync(email, cancellationToken);
        }

        if (mailbox is null)
        {
            return;
        }

        if (fromUnitId is not null && fromUnitId != toUnitId && await _lists.UnitListAsync(member.TenantName, fromUnitId, cancellationToken) is { } from)
        {
            await _lists.SetMemberAsync(from, mailbox.Email, false, cancellationToken);
        }

        if (toUnitId is not null && await UnitListAsync(member.TenantName, toUnitId, cancellationToken) is { } to)
        {
            await _lists.SetMemberAsync(to, mailbox.Email, member.IsActive && mailbox.IsActive, cancellationToken);
        }
    }

    private async Task<Models.MailList?> UnitListAsync(string tenantName, string unitId, CancellationToken cancellationToken)
    {
        if (await _lists.UnitListAsync(tenantName, unitId, cancellationToken) is { } list)
        {
            return list;
        }

        // A placement can arrive before its unit's event (imports): ask the Directory for the unit's name.
        var directory = _services.GetService<IOrgUnitDirectory>();
        var unit = directory is null ? null : (await directory.ListUnitsAsync(tenantName, cancellationToken)).FirstOrDefault(u => u.UnitId == unitId);
        return unit is null ? null : await _lists.EnsureUnitListAsync(tenantName, unitId, unit.Name, unit.Slug, cancellationToken);
    }
}
