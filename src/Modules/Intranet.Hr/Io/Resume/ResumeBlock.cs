namespace Intranet.Hr.Io.Resume;

/// <summary>One piece of the résumé, in reading order; the PDF and DOCX writers render the same blocks.</summary>
public abstract record ResumeBlock;
