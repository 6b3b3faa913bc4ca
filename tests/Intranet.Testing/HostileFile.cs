namespace Intranet.Testing;

/// <summary>One generated hostile upload: a short id for test names, the file name to send, the bytes, and why it must be refused.</summary>
public sealed record HostileFile(string Id, string FileName, byte[] Content, string Why)
{
    public override string ToString() => Id;
}
