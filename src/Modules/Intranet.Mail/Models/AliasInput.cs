namespace Intranet.Mail.Models;

public sealed class AliasInput
{
    public string? Address { get; set; }

    public List<string> Destinations { get; set; } = [];
}
