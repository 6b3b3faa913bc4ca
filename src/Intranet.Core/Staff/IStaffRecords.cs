namespace Intranet.Core.Staff;

/// <summary>
/// Read access to the HR records of departments (the HR module implements it). Modules use this, never HR's
/// tables. Facts are "as of" a date because every career fact is effective-dated.
/// </summary>
public interface IStaffRecords
{
    /// <summary>The record of the account's person in their home department, or null when they have none.</summary>
    Task<StaffInfo?> FindByAccountAsync(string accountId, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>Every record of a department (closed ones too; filter on <see cref="StaffInfo.IsOnStaff"/>).</summary>
    Task<IReadOnlyList<StaffInfo>> ListAsync(string tenantName, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>How many people are on staff in a department on the date (a count, no records).</summary>
    Task<int> CountOnStaffAsync(string tenantName, DateOnly? asOf = null, CancellationToken cancellationToken = default);
}
