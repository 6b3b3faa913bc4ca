namespace Intranet.Hr.Models;

public enum CorrectionStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}
