namespace Intranet.Hr.Io.Resume;

/// <summary>A line in italics: why a part is empty or withheld.</summary>
public sealed record ResumeNote(string Text) : ResumeBlock;
