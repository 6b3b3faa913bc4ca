namespace Intranet.Core.Tests.Data;

/// <summary>SQLite's soft heap limit is process-wide: the tests that set it do not run alongside each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SqliteMemoryCollection
{
    public const string Name = "SQLite memory limit";
}
