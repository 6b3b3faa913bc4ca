namespace Intranet.Hr.Rules;

/// <summary>
/// The province's code lists (host database), current versions, cached until a version is added. Lookups by code or
/// name are on the returned <see cref="CodeListSet"/>; the extension methods in <see cref="CodeListsExtensions"/>
/// are shortcuts.
/// </summary>
public interface ICodeLists
{
    ValueTask<CodeListSet> CurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>Drops the cache (called after a new version is stored).</summary>
    void Invalidate();
}
