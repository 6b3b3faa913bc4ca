using System.Security.Claims;
using Intranet.Hr.Models;

namespace Intranet.Hr.Services.Records;

/// <summary>
/// The one path by which pages and the API read a record: the basic permission to see it at all, then only the
/// groups the reader holds (and asked for), loaded from the database only then, each sensitive one audited.
/// </summary>
public sealed class RecordReader
{
    private readonly RecordStore _store;
    private readonly HrAccess _access;

    public RecordReader(RecordStore store, HrAccess access)
    {
        _store = store;
        _access = access;
    }

    /// <summary>
    /// Null when there is no such record. <see cref="ReadOutcome.Forbidden"/> when the reader lacks the basic
    /// permission or asked for a group they may not read (never silently dropped, so a script knows).
    /// </summary>
    public async Task<(ReadOutcome Outcome, RecordView? View)> ReadAsync(ClaimsPrincipal user, int id, DateOnly asOf, IReadOnlyCollection<HrGroup>? requested, CancellationToken ct)
    {
        if (!await _access.MayReadAsync(user, HrGroup.Basic))
        {
            return (ReadOutcome.Forbidden, null);
        }

        var readable = await _access.ReadableGroupsAsync(user);
        if (requested is not null && requested.Any(g => !readable.Contains(g)))
        {
            return (ReadOutcome.Forbidden, null);
        }

        var groups = requested is null ? readable : [.. readable.Where(requested.Contains)];
        if (await _store.LoadAsync(id, groups, ct) is not { } record)
        {
            return (ReadOutcome.NotFound, null);
        }

        foreach (var group in groups)
        {
            await _access.AuditReadAsync(record, group, ct);
        }

        return (ReadOutcome.Found, new RecordView(RecordStore.AsOf(record, asOf), groups));
    }

    /// <summary>Parses "basic,salary,family" (case-insensitive); null for none given, an error message for an unknown name.</summary>
    public static (IReadOnlyCollection<HrGroup>? Groups, string? Error) ParseGroups(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        var groups = new HashSet<HrGroup>();
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(20))
        {
            if (name.All(char.IsAsciiDigit) || !Enum.TryParse<HrGroup>(name, ignoreCase: true, out var group) || !Enum.IsDefined(group))
            {
                return (null, $"Nhóm thông tin '{(name.Length > 30 ? name[..30] : name)}' không có. Dùng: basic, salary, family, assets, health, political.");
            }

            groups.Add(group);
        }

        return (groups, null);
    }
}
