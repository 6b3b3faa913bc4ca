using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Intranet.Search.Services;

/// <summary>
/// The one place user-typed Lucene syntax is accepted (an explicit "advanced" search). Only the listed fields may
/// be named, and any parse error becomes a <see cref="SearchSyntaxException"/> (a 400, never a 500).
/// </summary>
public static class AdvancedQuery
{
    public const int MaxLength = 500;

    public static Query Parse(string? text, string defaultField, IReadOnlySet<string> allowedFields)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SearchSyntaxException("Câu truy vấn trống.");
        }

        if (text.Length > MaxLength)
        {
            throw new SearchSyntaxException($"Câu truy vấn dài quá {MaxLength} ký tự.");
        }

        Query query;
        try
        {
            using var analyzer = new VietnameseAnalyzer();
            var parser = new QueryParser(VietnameseAnalyzer.Version, defaultField, analyzer)
            {
                DefaultOperator = Operator.AND,
                AllowLeadingWildcard = false,
            };
            query = parser.Parse(VietnameseText.Normalize(text));
        }
        catch (Exception ex) when (ex is ParseException or BooleanQuery.TooManyClausesException or ArgumentException)
        {
            throw new SearchSyntaxException("Cú pháp truy vấn không hợp lệ: " + FirstLine(ex.Message), ex);
        }

        var fields = new HashSet<string>(StringComparer.Ordinal);
        CollectFields(query, fields);
        var unknown = fields.FirstOrDefault(f => !allowedFields.Contains(f));
        if (unknown is not null)
        {
            throw new SearchSyntaxException($"Không thể tìm theo trường '{unknown}'. Các trường được phép: {string.Join(", ", allowedFields.Order(StringComparer.Ordinal))}.");
        }

        return query;
    }

    private static void CollectFields(Query query, HashSet<string> fields)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    CollectFields(clause.Query, fields);
                }

                break;
            case TermQuery term:
                fields.Add(term.Term.Field);
                break;
            case MultiTermQuery multi:
                fields.Add(multi.Field);
                break;
            case PhraseQuery phrase:
                foreach (var term in phrase.GetTerms())
                {
                    fields.Add(term.Field);
                }

                break;
            case Lucene.Net.Search.Spans.SpanQuery span:
                fields.Add(span.Field);
                break;
            default:
                break;
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).Trim();
    }
}
