namespace Intranet.Core.OrgUnits;

/// <summary>
/// Moves a person's directory entry from one department to another (the Directory module implements it), in the
/// caller's data transaction: the old entry is kept as "left" (not listed), the new one is listed in the target.
/// </summary>
public interface IStaffDirectoryTransfers
{
    /// <summary>The new entry's id in <see cref="DirectoryMove.ToTenant"/>; null when the person has no entry in the source.</summary>
    Task<int?> MovePersonAsync(DirectoryMove move, CancellationToken cancellationToken = default);
}
