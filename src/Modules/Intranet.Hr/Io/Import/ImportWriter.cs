using Intranet.Hr.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Io.Import;

/// <summary>
/// Writes checked rows inside the importer's transaction. A new person gets a record and a first row per career
/// fact; a known one gets the identity updated and a career row only where the file says something new, so the
/// same file imported twice changes nothing the second time.
/// </summary>
internal sealed class ImportWriter
{
    private const int Batch = 500;

    private readonly HrDbContext _db;
    private readonly DateTime _now;
    private readonly string? _actor;

    public ImportWriter(HrDbContext db, DateTime now, string? actor)
    {
        _db = db;
        _now = now;
        _actor = actor;
    }

    public async Task WriteAsync(IReadOnlyList<ImportedPerson> people, IReadOnlyDictionary<string, int> existing, CancellationToken ct)
    {
        var autoDetect = _db.ChangeTracker.AutoDetectChangesEnabled;
        _db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var inserter = new ImportInserter(_db);
        try
        {
            foreach (var chunk in people.Chunk(Batch))
            {
                var knownIds = chunk.Where(p => existing.ContainsKey(p.PersonalId)).Select(p => existing[p.PersonalId]).ToList();
                var known = knownIds.Count == 0
                    ? new Dictionary<string, StaffRecord>(StringComparer.Ordinal)
                    : await _db.Records.Where(r => knownIds.Contains(r.Id))
                        .Include(r => r.Salary).Include(r => r.Postings).Include(r => r.Qualifications)
                        .AsSplitQuery().ToDictionaryAsync(r => r.PersonalId, StringComparer.Ordinal, ct);
                foreach (var person in chunk)
                {
                    if (known.TryGetValue(person.PersonalId, out var record))
                    {
                        Apply(person, record);
                        AddCareer(person, record, isNew: false);
                    }
                    else
                    {
                        record = new StaffRecord { PersonalId = person.PersonalId, FullName = person.FullName, CreatedUtc = _now };
                        Apply(person, record);
                        AddCareer(person, record, isNew: true);
                        await inserter.AddAsync(record, ct);
                    }
                }

                _db.ChangeTracker.DetectChanges();
                await _db.SaveChangesAsync(ct);

                // Saved rows need no tracking: forgetting them keeps each batch as fast as the first.
                _db.ChangeTracker.Clear();
            }
        }
        finally
        {
            _db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private void Apply(ImportedPerson p, StaffRecord r)
    {
        r.FullName = p.FullName;
        r.OtherNames = p.OtherNames;
        r.Sex = p.Sex;
        r.BirthDate = p.BirthDate;
        r.BirthDatePrecision = p.BirthDatePrecision;
        r.BirthPlace = p.BirthPlace ?? r.BirthPlace;
        r.Hometown = p.Hometown ?? r.Hometown;
        r.EthnicityCode = p.EthnicityCode ?? r.EthnicityCode;
        r.ReligionCode = p.ReligionCode ?? r.ReligionCode;
        r.PermanentAddress = p.PermanentAddress ?? r.PermanentAddress;
        r.CurrentAddress = p.CurrentAddress ?? r.CurrentAddress;
        r.PersonalIdIssuedOn = p.PersonalIdIssuedOn ?? r.PersonalIdIssuedOn;
        r.SocialInsuranceNumber = p.SocialInsuranceNumber ?? r.SocialInsuranceNumber;
        r.Phone = p.Phone ?? r.Phone;
        r.Email = p.Email ?? r.Email;
        r.StaffNumber = p.StaffNumber ?? r.StaffNumber;
        r.Category = p.Category;
        r.Status = p.Status;
        r.RecruitedOn = p.RecruitedOn ?? r.RecruitedOn;
        r.RecruitingAgency = p.RecruitingAgency ?? r.RecruitingAgency;
        r.JoinedAgencyOn = p.JoinedAgencyOn ?? r.JoinedAgencyOn;
        r.UpdatedUtc = _now;
    }

    private void AddCareer(ImportedPerson p, StaffRecord r, bool isNew)
    {
        if (p.Salary is { } s && !r.Salary.Any(e => e.EffectiveFrom == s.StepSince && e.RankCode == s.RankCode && e.Step == s.Step && e.ExceedingPercent == s.ExceedingPercent))
        {
            var entry = new SalaryEntry
            {
                RankCode = s.RankCode, ScaleCode = s.ScaleCode, Step = s.Step, Coefficient = s.Coefficient, ExceedingPercent = s.ExceedingPercent,
                StepSince = s.StepSince, EffectiveFrom = s.StepSince, Kind = SalaryChangeKind.Assignment,
                Decision = new Decision { Number = s.DecisionNumber }, Note = "Nhập từ tệp", RecordedBy = _actor, RecordedUtc = _now,
            };
            Add(r, r.Salary, entry, isNew);
        }

        if (p.Posting is { } post && !r.Postings.Any(e => e.EffectiveFrom == post.Since && e.UnitName == post.UnitName && e.JobPosition == post.JobPosition && e.Post == post.Post))
        {
            var entry = new PostingEntry
            {
                UnitName = post.UnitName, JobPosition = post.JobPosition, Post = post.Post, EffectiveFrom = post.Since,
                Movement = isNew ? MovementKind.Recruitment : MovementKind.Reassignment, Note = "Nhập từ tệp", RecordedBy = _actor, RecordedUtc = _now,
            };
            Add(r, r.Postings, entry, isNew);
        }

        foreach (var level in p.Levels.Where(l => !r.Qualifications.Any(q => q.Kind == l.Kind && q.Level == l.Level && q.Field == l.Field)))
        {
            // The file does not say when the level was obtained: the row counts from the import day, and says so.
            var entry = new QualificationEntry
            {
                Kind = level.Kind, Level = level.Level, Field = level.Field, EffectiveFrom = DateOnly.FromDateTime(_now),
                Note = "Nhập từ tệp; chưa rõ ngày cấp", RecordedBy = _actor, RecordedUtc = _now,
            };
            Add(r, r.Qualifications, entry, isNew);
        }
    }

    private void Add<T>(StaffRecord record, List<T> list, T entry, bool isNew)
        where T : CareerEntry
    {
        if (isNew)
        {
            list.Add(entry);
        }
        else
        {
            entry.RecordId = record.Id;
            _db.Add(entry);
        }
    }
}
