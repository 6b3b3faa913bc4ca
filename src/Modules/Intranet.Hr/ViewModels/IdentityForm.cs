using Intranet.Hr.Services.Records;

namespace Intranet.Hr.ViewModels;

/// <summary>Create or edit the identity group.</summary>
public sealed class IdentityForm
{
    public int? Id { get; init; }

    public IdentityInput Input { get; init; } = new();

    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    public string? Error(string field) => Errors.TryGetValue(field, out var e) ? string.Join(" ", e) : null;
}
