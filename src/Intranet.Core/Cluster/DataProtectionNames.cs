namespace Intranet.Core.Cluster;

public static class DataProtectionNames
{
    /// <summary>
    /// The data-protection application name every node uses. It isolates our payloads from other apps' and must never
    /// change: cookies, bearer tokens and protected settings issued under it would stop being readable.
    /// </summary>
    public const string ApplicationName = "Intranet";
}
