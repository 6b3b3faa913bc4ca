using Intranet.AuditTrail.Models;

namespace Intranet.AuditTrail.ViewModels;

/// <summary>One page of the viewer.</summary>
public sealed class AuditPage
{
    public required AuditFilter Filter { get; init; }

    public IReadOnlyList<AuditEntry> Entries { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    public int Total { get; init; }

    public int PageSize { get; init; }

    /// <summary>Messages for fields the user typed wrongly (Vietnamese source text).</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The query string of the same filter on another page.</summary>
    public string QueryFor(int page)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("from", Filter.From);
        Add("to", Filter.To);
        Add("category", Filter.Category);
        Add("actor", Filter.Actor);
        Add("q", Filter.Q);
        if (page > 1)
        {
            parts.Add("page=" + page);
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
