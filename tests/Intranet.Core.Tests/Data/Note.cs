namespace Intranet.Core.Tests.Data;

public sealed class Note
{
    public int Id { get; set; }

    public string Text { get; set; } = "";
}
