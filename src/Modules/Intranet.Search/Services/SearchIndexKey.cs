namespace Intranet.Search.Services;

/// <summary>Names one index: a tenant's folder and the index's name in it (App_Data/Sites/{tenant}/Lucene/{index}).</summary>
public sealed record SearchIndexKey(string TenantName, string IndexName)
{
    public override string ToString() => TenantName + "/" + IndexName;
}
