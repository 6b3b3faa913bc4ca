namespace Intranet.Learning.ViewModels.Catalogue;

/// <summary>POST /api/learning/courses/{id}/enrolments: no e-mail enrols the caller; an e-mail enrols that person (EnrolLearners).</summary>
public sealed record EnrolBody(string? Email = null, DateOnly? DueOn = null);
