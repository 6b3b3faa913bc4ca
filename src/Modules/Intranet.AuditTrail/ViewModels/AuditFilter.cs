namespace Intranet.AuditTrail.ViewModels;

/// <summary>The viewer's query string: dates as the user typed them (dd/MM/yyyy), category, actor, free text, page.</summary>
public sealed class AuditFilter
{
    public string? From { get; set; }

    public string? To { get; set; }

    public string? Category { get; set; }

    public string? Actor { get; set; }

    public string? Q { get; set; }

    public int Page { get; set; } = 1;
}
