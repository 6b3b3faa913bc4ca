namespace Intranet.Core.OrgUnits;

/// <summary>Lets modules follow units and placements (Mail keeps a list address per unit in step).</summary>
public interface IOrgUnitEventHandler
{
    Task UnitSavedAsync(OrgUnitInfo unit, CancellationToken cancellationToken) => Task.CompletedTask;

    Task UnitRemovedAsync(OrgUnitInfo unit, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A person joined, moved between or left units (<paramref name="fromUnitId"/>/<paramref name="toUnitId"/> null for none).</summary>
    Task MemberMovedAsync(OrgUnitMemberInfo member, string? fromUnitId, string? toUnitId, CancellationToken cancellationToken) => Task.CompletedTask;
}
