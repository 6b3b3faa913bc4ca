namespace Intranet.Core.Data;

/// <summary>The provider names a tenant (and <see cref="DataOptions"/>) may name.</summary>
public static class DataProviderNames
{
    public const string Sqlite = "Sqlite";

    public const string Postgres = "Postgres";
}
