namespace Intranet.Learning.Services;

/// <summary>
/// Proof that a person is trained in some TT 03/2014 modules: a completed course, or a certificate from outside
/// (a test centre's certificate, the old A/B) recorded by a trainer or HR officer. Reports count people from these.
/// </summary>
public sealed record TrainingEvidence(string AccountId, string? TenantName, string Source, string Title, IReadOnlyList<string> ItModules, DateOnly On, DateOnly? ValidUntil);
