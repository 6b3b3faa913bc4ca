namespace Intranet.Security.Tests.Fuzz;

/// <summary>An upload: its name, claimed content type and bytes.</summary>
public sealed record HostileFile(string Label, string FileName, string ContentType, Func<byte[]> Bytes, bool IsRowIndexBomb = false);
