namespace Intranet.Hr.Models;

/// <summary>Cán bộ, công chức, viên chức or a labour contract: the laws that apply differ.</summary>
public enum StaffCategory
{
    /// <summary>Công chức.</summary>
    CivilServant = 1,

    /// <summary>Cán bộ (elected or appointed for a term).</summary>
    Official = 2,

    /// <summary>Viên chức (public service unit).</summary>
    PublicEmployee = 3,

    /// <summary>Hợp đồng lao động.</summary>
    Contract = 4,
}
