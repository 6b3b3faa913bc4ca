using Intranet.Hr.Models;

namespace Intranet.Hr.Services.Records;

/// <summary>The kinds of effective-dated career rows, named in URLs as <see cref="CareerKinds.Slug"/>.</summary>
public enum CareerKind
{
    Salary = 1,
    Allowance = 2,
    Posting = 3,
    Rating = 4,
    Award = 5,
    Discipline = 6,
    Qualification = 7,
}
