namespace Intranet.Hr.Rules;

/// <summary>
/// The outcome of checking a personal ID number: <see cref="Error"/> blocks saving (not 12 digits);
/// <see cref="Warnings"/> never do (the officer confirms — data-entry errors happen and sex may be updated).
/// </summary>
public sealed record PersonalIdCheck(bool IsWellFormed, string? Error, IReadOnlyList<string> Warnings);
