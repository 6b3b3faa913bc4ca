namespace Intranet.Hr.Io.Resume;

/// <summary>A numbered line of the form: its printed label and the value from the record ("" leaves the dots).</summary>
public sealed record ResumeField(string Label, string Value) : ResumeBlock;
