namespace Intranet.Hr.Tests.Records;

/// <summary>One host and two departments shared by the records' integration tests (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class RecordsCollection : ICollectionFixture<RecordsFixture>
{
    public const string Name = "hr-records";
}
