namespace Intranet.Core.Staff;

/// <summary>Where a personnel record stands. Only <see cref="Active"/> and <see cref="Probation"/> count as staff.</summary>
public enum StaffStatus
{
    Active = 1,

    /// <summary>Tập sự: on staff, with an end date to act on.</summary>
    Probation = 2,

    /// <summary>Nghỉ hưu: closed on the retirement date.</summary>
    Retired = 3,

    /// <summary>Thôi việc / nghỉ việc: closed on the leaving date.</summary>
    Left = 4,

    /// <summary>Moved to another department; the record now lives in that department's database.</summary>
    TransferredOut = 5,
}
