namespace Intranet.Hr.Services.Records;

/// <summary>An uploaded decision scan: its bytes and the name the user gave it (kept for display only).</summary>
public sealed record ScanFile(byte[] Data, string FileName);
