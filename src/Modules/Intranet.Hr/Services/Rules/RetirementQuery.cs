using Intranet.Core.Staff;
using Intranet.Hr.Models;

namespace Intranet.Hr.Services.Rules;

/// <summary>The parsed arguments of a retirement calculation.</summary>
public sealed record RetirementQuery(DateOnly BirthDate, DatePrecision Precision, StaffSex Sex);
