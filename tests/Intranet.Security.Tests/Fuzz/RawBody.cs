namespace Intranet.Security.Tests.Fuzz;

/// <summary>A request body as bytes, with the content type it claims (which may be a lie).</summary>
public sealed record RawBody(string Label, byte[] Bytes, string? ContentType);
