namespace Intranet.StaffDirectory.Services;

/// <summary>A problem in an import file, at a line (0 for the file as a whole).</summary>
public sealed record ImportError(int Line, string Message);
