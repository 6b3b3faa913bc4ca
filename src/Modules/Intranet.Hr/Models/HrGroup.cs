namespace Intranet.Hr.Models;

/// <summary>
/// The field groups access is granted by (NĐ 27/2026's ten groups folded to what privacy needs): everything not
/// named here is <see cref="Basic"/>. Reads of the sensitive ones are audited.
/// </summary>
public enum HrGroup
{
    /// <summary>Identity, personal history, recruitment and postings, education, ratings, awards, discipline, military service.</summary>
    Basic = 1,

    /// <summary>Rank, scale, step, coefficient, allowances, step increases.</summary>
    Salary = 2,

    /// <summary>Group 2: family relations.</summary>
    Family = 3,

    /// <summary>Group 9: assets and income.</summary>
    Assets = 4,

    /// <summary>Group 10: health.</summary>
    Health = 5,

    /// <summary>Group 7: Party and political / socio-political organisations.</summary>
    Political = 6,
}
