namespace Intranet.Learning.Services;

/// <summary>One source of <see cref="TrainingEvidence"/> (course completions; external certificates).</summary>
public interface ITrainingEvidenceSource
{
    /// <summary>The evidence of a department's people (null: every department).</summary>
    Task<IReadOnlyList<TrainingEvidence>> ListAsync(string? tenantName, CancellationToken cancellationToken = default);
}
