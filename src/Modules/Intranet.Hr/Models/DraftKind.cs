namespace Intranet.Hr.Models;

/// <summary>What a work-list item drafts a decision for.</summary>
public enum DraftKind
{
    RegularStep = 1,
    ExceedingAllowance = 2,
    Retirement = 3,
    ProbationEnd = 4,
    ContractEnd = 5,
}
