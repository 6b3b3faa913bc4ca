namespace Intranet.StaffDirectory.Models;

/// <summary>A chức vụ (Giám đốc, Trưởng phòng, Chuyên viên…); lower <see cref="Rank"/> is listed first in a unit.</summary>
public sealed class Position
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public int Rank { get; set; }
}
