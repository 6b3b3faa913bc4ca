namespace Intranet.Backup.Services;

/// <summary>The result of <c>PRAGMA integrity_check</c> on one archived database.</summary>
public sealed record DatabaseCheck(string Path, string Result)
{
    public bool Ok => Result == "ok";
}
