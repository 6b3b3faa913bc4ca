namespace Intranet.Mail.Models;

public sealed record AliasDestination(int Id, string Destination, bool IsActive);
