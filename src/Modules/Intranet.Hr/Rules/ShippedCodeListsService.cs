namespace Intranet.Hr.Rules;

/// <summary>An <see cref="ICodeLists"/> over the shipped data only (no database): for tests and tools.</summary>
public sealed class ShippedCodeListsService : ICodeLists
{
    public ValueTask<CodeListSet> CurrentAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(ShippedCodeLists.Set);

    public void Invalidate()
    {
    }
}
