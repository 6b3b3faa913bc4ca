namespace Intranet.Mail.Models;

/// <summary>An alias address with all its destinations.</summary>
public sealed record AliasSummary(string Address, string Domain, IReadOnlyList<AliasDestination> Destinations);
