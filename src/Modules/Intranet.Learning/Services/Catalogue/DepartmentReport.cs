namespace Intranet.Learning.Services.Catalogue;

/// <summary>Share of a department's staff trained in <see cref="Modules"/>, per unit, and who is missing.</summary>
public sealed record DepartmentReport(string TenantName, IReadOnlyList<string> Modules, IReadOnlyList<UnitTraining> Units)
{
    public int Staff => Units.Sum(u => u.Staff);

    public int Trained => Units.Sum(u => u.Trained);

    public int Percent => Staff == 0 ? 0 : (int)Math.Round(100.0 * Trained / Staff);
}
