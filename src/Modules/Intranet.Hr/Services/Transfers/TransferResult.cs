namespace Intranet.Hr.Services.Transfers;

/// <summary>What a committed transfer did: the record's new id in the target and what moved with it.</summary>
public sealed record TransferResult(
    string FromTenant,
    string ToTenant,
    int NewRecordId,
    int CareerRowsMoved,
    int ScansMoved,
    int? DirectoryPersonId,
    bool AccountMoved);
