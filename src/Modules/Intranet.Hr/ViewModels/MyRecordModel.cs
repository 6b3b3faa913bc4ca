using Intranet.Hr.Models;
using Intranet.Hr.Services.Corrections;

namespace Intranet.Hr.ViewModels;

/// <summary>The person's own record (every group: it is their own data), their correction requests and the proposal form.</summary>
public sealed class MyRecordModel
{
    public required StaffRecord Record { get; init; }

    public IReadOnlyList<CorrectionRequest> Corrections { get; init; } = [];

    public IReadOnlyList<CorrectionField> Fields => CorrectionFields.All;

    public string? Field { get; set; }

    public string? ProposedValue { get; set; }

    public string? Explanation { get; set; }

    public string? Error { get; set; }

    public string? Message { get; set; }
}
