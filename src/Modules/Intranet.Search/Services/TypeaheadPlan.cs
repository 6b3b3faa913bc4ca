namespace Intranet.Search.Services;

/// <summary>
/// A typeahead query as plain terms: a document matches when, for every typed word, it holds at least one of the
/// word's terms; its score is the sum of the boosts of all the terms it holds (see <see cref="TypeaheadQuery.Plan"/>).
/// </summary>
public sealed record TypeaheadPlan(IReadOnlyList<IReadOnlyList<TermClause>> Words);
