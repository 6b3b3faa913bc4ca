namespace Intranet.StaffDirectory.Models;

/// <summary>Kinds of org unit in a Vietnamese agency; stored and imported by their slug ("phong", "trung-tam").</summary>
public enum OrgUnitKind
{
    Phong = 0,
    Ban = 1,
    To = 2,
    TrungTam = 3,
    Khac = 9,
}
