namespace Intranet.Hr.Services.Transfers;

/// <summary>The steps of a transfer, in order; the tests fail one at a time to prove nothing half-done remains.</summary>
public enum TransferStep
{
    RecordCopied = 1,
    SourceClosed = 2,
    ScansCopied = 3,
    DirectoryMoved = 4,
    AccountMoved = 5,
    Audited = 6,
    EventsRaised = 7,
}
