namespace Intranet.Learning.Models;

public enum EnrolmentSource
{
    Self = 0,
    Trainer = 1,
    Bulk = 2,
    Rule = 3,
}
