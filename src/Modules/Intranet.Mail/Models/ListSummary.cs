namespace Intranet.Mail.Models;

public sealed record ListSummary(int Id, string Address, string Name, MailListKind Kind, string? TenantName, string? UnitId, int Members);
