using System.Security.Claims;
using Intranet.Core.Audit;
using Intranet.Core.Security;
using Intranet.Hr.Models;
using Microsoft.AspNetCore.Authorization;

namespace Intranet.Hr.Services;

/// <summary>
/// The one place that maps a field group to its permission and writes the audit entry for a sensitive read or an
/// export. Every HR page, API action and export goes through it, so privacy is per group everywhere.
/// </summary>
public sealed class HrAccess
{
    private readonly IAuthorizationService _authorization;
    private readonly IAuditTrail _audit;

    public HrAccess(IAuthorizationService authorization, IAuditTrail audit)
    {
        _authorization = authorization;
        _audit = audit;
    }

    public static Permission PermissionFor(HrGroup group) => group switch
    {
        HrGroup.Basic => Permissions.ViewHrBasic,
        HrGroup.Salary => Permissions.ViewHrSalary,
        HrGroup.Family => Permissions.ViewHrFamily,
        HrGroup.Assets => Permissions.ViewHrAssets,
        HrGroup.Health => Permissions.ViewHrHealth,
        HrGroup.Political => Permissions.ViewHrPolitical,
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    /// <summary>Family, assets and income, health and political data: every read is audited.</summary>
    public static bool IsSensitive(HrGroup group) => group is HrGroup.Family or HrGroup.Assets or HrGroup.Health or HrGroup.Political;

    /// <summary>Whether the user holds the permission in the current department.</summary>
    public Task<bool> MayAsync(ClaimsPrincipal user, Permission permission) => _authorization.AuthorizeAsync(user, permission);

    public Task<bool> MayReadAsync(ClaimsPrincipal user, HrGroup group) => _authorization.AuthorizeAsync(user, PermissionFor(group));

    /// <summary>The groups the user may read in the current department, Basic first.</summary>
    public async Task<IReadOnlyList<HrGroup>> ReadableGroupsAsync(ClaimsPrincipal user)
    {
        var groups = new List<HrGroup>();
        foreach (var group in Enum.GetValues<HrGroup>())
        {
            if (await MayReadAsync(user, group))
            {
                groups.Add(group);
            }
        }

        return groups;
    }

    /// <summary>Records who read which sensitive group of whose record (not the values). Call after the permission check.</summary>
    public Task AuditReadAsync(StaffRecord record, HrGroup group, CancellationToken ct) =>
        IsSensitive(group)
            ? _audit.RecordAsync(new AuditEvent("hr", "record.read", Subject(record), $"group={group}"), ct)
            : Task.CompletedTask;

    /// <summary>The audit entry of a write to a sensitive group: who (the trail adds it), whose record, which group and what was done — never the values.</summary>
    public static AuditEvent ChangeEvent(StaffRecord record, HrGroup group, string action) =>
        new("hr", "record.changed", Subject(record), $"group={group}; action={action}");

    /// <summary>Every export (list, résumé, XLSX) is audited with what was exported and how many records.</summary>
    public Task AuditExportAsync(string what, int recordCount, StaffRecord? record, CancellationToken ct) =>
        _audit.RecordAsync(new AuditEvent("hr", "export", record is null ? null : Subject(record), $"what={what}; records={recordCount}"), ct);

    /// <summary>The audit subject names the record by id and masked personal ID, never the full number.</summary>
    public static string Subject(StaffRecord record) => $"hr-record:{record.Id} ({PersonalIdMask.Mask(record.PersonalId)})";
}
