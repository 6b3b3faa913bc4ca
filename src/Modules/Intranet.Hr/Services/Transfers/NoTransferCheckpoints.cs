namespace Intranet.Hr.Services.Transfers;

/// <summary>The production checkpoints: nothing happens.</summary>
internal sealed class NoTransferCheckpoints : ITransferCheckpoints
{
    public Task ReachedAsync(TransferStep step, CancellationToken cancellationToken) => Task.CompletedTask;
}
