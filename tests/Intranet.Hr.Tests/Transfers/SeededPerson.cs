namespace Intranet.Hr.Tests.Transfers;

public sealed record SeededPerson(string Tenant, string PersonalId, int RecordId, string AccountId, string Email, int DirectoryPersonId, string ScanId);
