namespace Intranet.Core.Data;

internal static class DataNames
{
    /// <summary>Each module's DbContext keeps its own history, so modules migrate independently in one database.</summary>
    public static string HistoryTable(Type contextType) => "__EFMigrationsHistory_" + contextType.Name.Replace("DbContext", "", StringComparison.Ordinal);
}
