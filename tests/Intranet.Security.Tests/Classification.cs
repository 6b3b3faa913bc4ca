namespace Intranet.Security.Tests;

/// <summary>One row of <see cref="AccessClassification"/>.</summary>
/// <param name="Access">Who may get a 2xx.</param>
/// <param name="Reason">Why, in a sentence a reviewer can check.</param>
/// <param name="CsrfExempt">Why an unsafe request with the session cookie and no antiforgery token may succeed; null: it may not.</param>
/// <param name="NoFuzz">Why the fuzzer leaves it out; null: it is fuzzed.</param>
/// <param name="FuzzAsMember">Why the fuzzer sends it as the member of department A (a session it may lose) instead of the administrator; null: as the administrator.</param>
public sealed record Classification(Access Access, string Reason, string? CsrfExempt = null, string? NoFuzz = null, string? FuzzAsMember = null);
