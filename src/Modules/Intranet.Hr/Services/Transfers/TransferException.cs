namespace Intranet.Hr.Services.Transfers;

/// <summary>A transfer refused before anything changed: the Vietnamese reason, the field, and 404/409/400.</summary>
public sealed class TransferException : Exception
{
    public TransferException(int status, string message, string? field = null)
        : base(message)
    {
        Status = status;
        Field = field;
    }

    public int Status { get; }

    public string? Field { get; }
}
