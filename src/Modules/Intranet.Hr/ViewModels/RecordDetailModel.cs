using Intranet.Hr.Services.Records;

namespace Intranet.Hr.ViewModels;

/// <summary>The record page: one section per group the reader may read, as of a date.</summary>
public sealed class RecordDetailModel
{
    public required RecordView View { get; init; }

    public required string AsOf { get; init; }

    public bool MayEdit { get; init; }

    public string? Message { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];
}
