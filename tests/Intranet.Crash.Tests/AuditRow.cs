namespace Intranet.Crash.Tests;

/// <summary>One audit entry as the crash checks read it from a database file.</summary>
internal sealed record AuditRow(string Action, bool Succeeded, string Actor, string Details);
