namespace Intranet.Core.Staff;

/// <summary>What happened to a personnel record.</summary>
public enum StaffChange
{
    Created = 1,
    Updated = 2,

    /// <summary>A new effective-dated career row (rank, step, post, unit, qualification…).</summary>
    CareerChanged = 3,
    TransferredIn = 4,
    TransferredOut = 5,
    Closed = 6,
}
