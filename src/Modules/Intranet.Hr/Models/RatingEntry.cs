namespace Intranet.Hr.Models;

/// <summary>The annual rating for <see cref="Year"/> (group 6, basic).</summary>
public sealed class RatingEntry : CareerEntry
{
    public int Year { get; set; }

    public Rating Rating { get; set; }
}
