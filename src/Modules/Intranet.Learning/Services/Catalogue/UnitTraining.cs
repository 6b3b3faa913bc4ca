namespace Intranet.Learning.Services.Catalogue;

/// <summary>One unit's line of the department report; <see cref="Missing"/> are the names of people not yet trained.</summary>
public sealed record UnitTraining(string UnitName, int Staff, int Trained, IReadOnlyList<string> Missing)
{
    public int Percent => Staff == 0 ? 0 : (int)Math.Round(100.0 * Trained / Staff);
}
