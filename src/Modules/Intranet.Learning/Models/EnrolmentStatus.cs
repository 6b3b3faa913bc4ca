namespace Intranet.Learning.Models;

public enum EnrolmentStatus
{
    Active = 0,
    Completed = 1,
    Withdrawn = 2,
}
