namespace Intranet.Hr.Services.Transfers;

/// <summary>
/// Called after each step of a transfer, inside its transaction. Production registers a no-op; the failure tests
/// register one that throws at a chosen step.
/// </summary>
public interface ITransferCheckpoints
{
    Task ReachedAsync(TransferStep step, CancellationToken cancellationToken);
}
