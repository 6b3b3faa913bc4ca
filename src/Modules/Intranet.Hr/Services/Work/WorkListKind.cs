namespace Intranet.Hr.Services.Work;

/// <summary>The HR officer's work lists.</summary>
public enum WorkListKind
{
    /// <summary>Due for a regular step increase or the exceeding-seniority allowance.</summary>
    Steps = 1,

    /// <summary>Reaching the retirement age (NĐ 135/2020); told 6 months ahead.</summary>
    Retirements = 2,

    /// <summary>Probation (tập sự) ending.</summary>
    Probations = 3,

    /// <summary>Labour contract ending.</summary>
    Contracts = 4,
}
