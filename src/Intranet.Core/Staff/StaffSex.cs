namespace Intranet.Core.Staff;

/// <summary>Sex as the personnel record states it (the law's retirement and CCCD rules depend on it).</summary>
public enum StaffSex
{
    Male = 1,
    Female = 2,
}
