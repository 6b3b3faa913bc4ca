namespace Intranet.Security.Tests;

/// <summary>The suites run one after the other: each starts its own host, and the fuzzer measures the process's memory.</summary>
[CollectionDefinition(Name)]
public sealed class SecuritySuites
{
    public const string Name = "security suites";
}
