using Intranet.Directory.Services;

namespace Intranet.Directory.Tests;

/// <summary>Lets a test adjust a profile before it is created: <c>p => p.Input = p.Input with { Mobile = "…" }</c>.</summary>
public sealed class PersonInputBuilder
{
    public required PersonInput Input { get; set; }
}
