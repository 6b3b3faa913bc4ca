using Intranet.Hr.Models;

namespace Intranet.Hr.Io.Import;

/// <summary>A level the file states (education, political theory, state management, IT, language) as a code.</summary>
public sealed record ImportedLevel(QualificationKind Kind, string Level, string? Field);
