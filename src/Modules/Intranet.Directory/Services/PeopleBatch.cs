using Intranet.StaffDirectory.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.StaffDirectory.Services;

/// <summary>
/// Creates or updates many people by their key (official email, else external id) with one read and one save:
/// the department's people, units and positions are loaded once, every row is applied in memory — with the same
/// checks as a single change, and a key another profile holds refused at its row — and <see cref="SaveAsync"/>
/// writes them all in the caller's transaction. For imports, where a query and a save per row cost most of the time.
/// </summary>
public sealed class PeopleBatch
{
    private readonly DirectoryStore _store;
    private readonly Dictionary<string, Person> _byEmail;
    private readonly Dictionary<string, Person> _byExternalId;
    private readonly HashSet<string> _units;
    private readonly List<(Person Person, string? FromUnit, bool Created)> _changed = [];

    private PeopleBatch(DirectoryStore store, List<Person> people, HashSet<string> units)
    {
        _store = store;
        _byEmail = people.Where(p => p.Email is not null).ToDictionary(p => p.Email!, StringComparer.Ordinal);
        _byExternalId = people.Where(p => p.ExternalId is not null).ToDictionary(p => p.ExternalId!, StringComparer.Ordinal);
        _units = units;
    }

    public static async Task<PeopleBatch> LoadAsync(DirectoryStore store, CancellationToken ct = default)
    {
        var people = await store.Db.People.Include(p => p.Position).ToListAsync(ct);
        await store.Db.Positions.LoadAsync(ct); // new positions are then found (and ranked) among the loaded ones
        var units = (await store.Db.Units.AsNoTracking().Select(u => u.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return new PeopleBatch(store, people, units);
    }

    /// <summary>The person the input's key names, as the batch stands (null: the row would create one).</summary>
    public Person? Find(PersonInput input)
    {
        if (ProfileRules.Clean(input.Email)?.ToLowerInvariant() is { } email)
        {
            return _byEmail.GetValueOrDefault(email);
        }

        return ProfileRules.Clean(input.ExternalId) is { } external ? _byExternalId.GetValueOrDefault(external) : null;
    }

    /// <summary>Applies one row; throws <see cref="DirectoryException"/> for it as a single change would.</summary>
    public async Task<(Person Person, bool Created)> UpsertAsync(PersonInput input, CancellationToken ct = default)
    {
        var existing = Find(input);
        var person = existing ?? new Person { FullName = "" };
        var (fromUnit, oldEmail, oldExternalId) = (person.UnitId, person.Email, person.ExternalId);
        await _store.ApplyAsync(person, input, ct, _units);
        if (Taken(_byEmail, person.Email, person) || Taken(_byExternalId, person.ExternalId, person))
        {
            throw new DirectoryException("Địa chỉ thư hoặc mã cán bộ đã thuộc về một hồ sơ khác.", null, isConflict: true);
        }

        Rekey(_byEmail, oldEmail, person.Email, person);
        Rekey(_byExternalId, oldExternalId, person.ExternalId, person);
        if (existing is null)
        {
            _store.Db.People.Add(person);
        }

        _changed.Add((person, existing is null ? null : fromUnit, existing is null));
        return (person, existing is null);
    }

    /// <summary>One save for every row, then the modules hear of each placement (in the same transaction).</summary>
    public async Task SaveAsync(CancellationToken ct = default)
    {
        await _store.SaveKeyedAsync(ct);
        foreach (var (person, fromUnit, created) in _changed)
        {
            await _store.AfterPersonSavedAsync(person, fromUnit, created, ct);
        }
    }

    private static bool Taken(Dictionary<string, Person> keys, string? key, Person person) =>
        key is not null && keys.TryGetValue(key, out var holder) && !ReferenceEquals(holder, person);

    private static void Rekey(Dictionary<string, Person> keys, string? from, string? to, Person person)
    {
        if (from == to)
        {
            return;
        }

        if (from is not null && keys.TryGetValue(from, out var holder) && ReferenceEquals(holder, person))
        {
            keys.Remove(from);
        }

        if (to is not null)
        {
            keys[to] = person;
        }
    }
}
