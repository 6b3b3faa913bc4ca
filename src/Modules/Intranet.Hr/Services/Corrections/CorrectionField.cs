using Intranet.Hr.Models;

namespace Intranet.Hr.Services.Corrections;

/// <summary>
/// A field of the record a person may propose to correct: its name in the record, its Vietnamese label, how long it
/// may be, and how an approved value is written. <see cref="Write"/> null means the officer applies it by hand
/// (free-text "other" proposals).
/// </summary>
public sealed record CorrectionField(string Name, string Label, int MaxLength, Func<StaffRecord, string?> Read, Action<StaffRecord, string>? Write)
{
    public HrGroup Group => HrGroup.Basic;
}
