namespace Intranet.Security.Tests.Fuzz;

/// <summary>
/// One malformed value in the three shapes a request can carry it: percent-encoded (URL and urlencoded
/// form), raw bytes (multipart), and a JSON token. Invalid UTF-8 and lone surrogates have no .NET string,
/// so they exist only as bytes.
/// </summary>
/// <param name="Always">Sent to every input; the others to a seeded share of inputs (see <see cref="FuzzTests"/>).</param>
public sealed record HostileValue(string Label, string Encoded, byte[] Bytes, string JsonToken, bool Always = false);
