namespace Intranet.Hr.Io.Resume;

/// <summary>A table of the form (training, work history, family, salary history) with relative column widths.</summary>
public sealed record ResumeTable(IReadOnlyList<string> Columns, IReadOnlyList<double> Widths, IReadOnlyList<IReadOnlyList<string>> Rows) : ResumeBlock;
