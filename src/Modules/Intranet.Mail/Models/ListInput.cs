namespace Intranet.Mail.Models;

public sealed class ListInput
{
    public string? Address { get; set; }

    public string? Name { get; set; }
}
