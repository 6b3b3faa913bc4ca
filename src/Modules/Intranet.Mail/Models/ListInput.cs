using Intranet.Core.Validation;

namespace Intranet.Mail.Models;

public sealed class ListInput
{
    public string? Address { get; set; }

    [Name]
    public string? Name { get; set; }
}
