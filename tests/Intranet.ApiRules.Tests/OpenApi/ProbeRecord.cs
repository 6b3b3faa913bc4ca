namespace Intranet.ApiRules.Tests.OpenApi;

public sealed record ProbeRecord(string Id, string FullName);
