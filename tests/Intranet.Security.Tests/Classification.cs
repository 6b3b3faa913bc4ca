namespace Intranet.Security.Tests;

/// <summary>One row of <see cref="AccessClassification"/>.</summary>
/// <param name="Access">Who may get a 2xx.</param>
/// <param name="Reason">Why, in a sentence a reviewer can check.</param>
/// <param name="CsrfExempt">Why an unsafe request with the session cookie and no antiforgery token may succeed; null: it may not.</param>
/// <param name="NoFuzz">Why the fuzzer leaves it out; null: it is fuzzed.</param>
public sealed record Classification(Access Access, string Reason, string? CsrfExempt = null, string? NoFuzz = null);
