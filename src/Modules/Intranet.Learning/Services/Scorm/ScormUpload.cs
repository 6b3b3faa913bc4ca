namespace Intranet.Learning.Services.Scorm;

/// <summary>A package to add as a lesson: the zip, the section it goes in, and an optional lesson title (else the manifest's).</summary>
public sealed record ScormUpload(Stream Zip, int CourseId, int SectionId, string? Title, string UploadedBy);
