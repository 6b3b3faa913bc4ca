namespace Intranet.Hr.Services.Records;

/// <summary>Input the record refuses, with a Vietnamese message per field (the key is the field name, "" for the whole form).</summary>
public sealed class RecordValidationException : Exception
{
    public RecordValidationException(string message, IReadOnlyDictionary<string, string[]> errors, bool isConflict = false)
        : base(message)
    {
        Errors = errors;
        IsConflict = isConflict;
    }

    public RecordValidationException()
        : this("Dữ liệu không hợp lệ.", new Dictionary<string, string[]>())
    {
    }

    public RecordValidationException(string message)
        : this(message, new Dictionary<string, string[]>())
    {
    }

    public RecordValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]>();
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>The personal ID is already on another record of the department (409 in the API).</summary>
    public bool IsConflict { get; }
}
