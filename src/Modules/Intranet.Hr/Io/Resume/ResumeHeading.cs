namespace Intranet.Hr.Io.Resume;

/// <summary>A section title in capitals ("27) ĐÀO TẠO, BỒI DƯỠNG …").</summary>
public sealed record ResumeHeading(string Text) : ResumeBlock;
