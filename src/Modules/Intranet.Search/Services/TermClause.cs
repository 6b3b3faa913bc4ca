using Lucene.Net.Index;

namespace Intranet.Search.Services;

/// <summary>One clause of a typeahead query: a document containing the term scores the boost.</summary>
public sealed record TermClause(Term Term, float Boost);
