using Intranet.StaffDirectory.Services;

namespace Intranet.StaffDirectory.Tests;

/// <summary>Lets a test adjust a profile before it is created: <c>p => p.Input = p.Input with { Mobile = "…" }</c>.</summary>
public sealed class PersonInputBuilder
{
    public required PersonInput Input { get; set; }
}
