using Intranet.Hr.Services.Transfers;

namespace Intranet.Hr.Tests.Transfers;

/// <summary>Throws once the transfer reaches <see cref="FailAt"/> (null: never), to prove a half-done transfer leaves nothing.</summary>
public sealed class FailingCheckpoints : ITransferCheckpoints
{
    public TransferStep? FailAt { get; set; }

    public Task ReachedAsync(TransferStep step, CancellationToken cancellationToken) =>
        step == FailAt ? throw new InvalidOperationException($"Injected failure at {step}.") : Task.CompletedTask;
}
