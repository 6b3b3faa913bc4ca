namespace Intranet.Security.Tests.Fuzz;

/// <summary>An upload the fuzzer sends: its label, name, claimed content type and bytes (made when sent).</summary>
public sealed record FuzzUpload(string Label, string FileName, string ContentType, Func<byte[]> Bytes, bool IsRowIndexBomb = false);
