using System.Globalization;
using System.Security.Claims;
using Intranet.Core.Staff;
using Intranet.Hr.Io.Codes;
using Intranet.Hr.Io.Import;
using Intranet.Hr.Io.Xlsx;
using Intranet.Hr.Models;
using Intranet.Hr.Rules;
using Intranet.Hr.Services;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Io.Export;

/// <summary>
/// The department's records as XLSX, one row per person as of a day, in the import template's columns — so an
/// export edited in Excel imports back. Columns of a group the user may not read (salary) are left out; the
/// sensitive groups are never in the file. Every export is audited with the number of records.
/// </summary>
public sealed class HrExporter
{
    public const string FileName = "ho-so-can-bo.xlsx";

    private static readonly HashSet<string> SalaryColumns = [ImportSchema.RankCode, ImportSchema.Step, ImportSchema.Coefficient, ImportSchema.ExceedingPercent, ImportSchema.StepSince, ImportSchema.SalaryDecision];

    private readonly HrDbContext _db;
    private readonly HrAccess _access;
    private readonly ICodeLists _codes;

    public HrExporter(HrDbContext db, HrAccess access, ICodeLists codes)
    {
        _db = db;
        _access = access;
        _codes = codes;
    }

    /// <summary>The workbook, or null when the user may not export or read the basic group.</summary>
    public async Task<byte[]?> ExportAsync(ClaimsPrincipal user, DateOnly asOf, CancellationToken ct)
    {
        if (!await _access.MayAsync(user, Permissions.ExportHrRecords) || !await _access.MayReadAsync(user, HrGroup.Basic))
        {
            return null;
        }

        var salary = await _access.MayReadAsync(user, HrGroup.Salary);
        var columns = ImportSchema.Columns.Where(c => salary || !SalaryColumns.Contains(c.Key)).ToList();
        var codes = await CodeListsLookup.CurrentAsync(_codes, ct);
        var query = _db.Records.AsNoTracking().Include(r => r.Postings).Include(r => r.Qualifications).AsSplitQuery();
        var records = await (salary ? query.Include(r => r.Salary) : query).OrderBy(r => r.FullName).ThenBy(r => r.Id).ToListAsync(ct);
        var rows = records.Select(r => (IReadOnlyList<string?>)[.. columns.Select(c => Cell(r, c.Key, asOf, codes))]);
        var bytes = XlsxWriter.Write([new XlsxSheet("Hồ sơ", [.. columns.Select(c => c.TemplateHeader)], rows)]);
        await _access.AuditExportAsync($"records.xlsx; groups={(salary ? "Basic,Salary" : "Basic")}", records.Count, null, ct);
        return bytes;
    }

    private static string? Cell(StaffRecord r, string key, DateOnly asOf, IHrCodeLookup codes)
    {
        var pay = r.Salary.Where(s => s.EffectiveFrom <= asOf).MaxBy(s => s.EffectiveFrom);
        var post = r.Postings.Where(p => p.EffectiveFrom <= asOf).MaxBy(p => p.EffectiveFrom);
        return key switch
        {
            ImportSchema.PersonalId => r.PersonalId,
            ImportSchema.FullName => r.FullName,
            ImportSchema.OtherNames => r.OtherNames,
            ImportSchema.Sex => r.Sex == StaffSex.Female ? "Nữ" : "Nam",
            ImportSchema.BirthDate => r.BirthDatePrecision == DatePrecision.YearOnly ? r.BirthDate.Year.ToString(CultureInfo.InvariantCulture) : Day(r.BirthDate),
            ImportSchema.BirthPlace => r.BirthPlace,
            ImportSchema.Hometown => r.Hometown,
            ImportSchema.Ethnicity => codes.EthnicityName(r.EthnicityCode) ?? r.EthnicityCode,
            ImportSchema.Religion => codes.ReligionName(r.ReligionCode) ?? r.ReligionCode,
            ImportSchema.PermanentAddress => r.PermanentAddress,
            ImportSchema.CurrentAddress => r.CurrentAddress,
            ImportSchema.PersonalIdIssuedOn => Day(r.PersonalIdIssuedOn),
            ImportSchema.SocialInsurance => r.SocialInsuranceNumber,
            ImportSchema.Phone => r.Phone,
            ImportSchema.Email => r.Email,
            ImportSchema.StaffNumber => r.StaffNumber,
            ImportSchema.Category => r.Category switch { StaffCategory.Official => "Cán bộ", StaffCategory.PublicEmployee => "Viên chức", StaffCategory.Contract => "Hợp đồng lao động", _ => "Công chức" },
            ImportSchema.Status => r.Status switch { StaffStatus.Probation => "Tập sự", StaffStatus.Retired => "Nghỉ hưu", StaffStatus.Left => "Thôi việc", StaffStatus.TransferredOut => "Đã chuyển đi", _ => "Đang công tác" },
            ImportSchema.RecruitedOn => Day(r.RecruitedOn),
            ImportSchema.RecruitingAgency => r.RecruitingAgency,
            ImportSchema.JoinedAgencyOn => Day(r.JoinedAgencyOn),
            ImportSchema.RankCode => pay?.RankCode,
            ImportSchema.Step => pay?.Step.ToString(CultureInfo.InvariantCulture),
            ImportSchema.Coefficient => pay?.Coefficient.ToString("0.00", CultureInfo.GetCultureInfo("vi-VN")),
            ImportSchema.ExceedingPercent => pay is { ExceedingPercent: > 0 } ? pay.ExceedingPercent.ToString(CultureInfo.InvariantCulture) : null,
            ImportSchema.StepSince => Day(pay?.StepSince),
            ImportSchema.SalaryDecision => pay?.Decision.Number,
            ImportSchema.Unit => post?.UnitName,
            ImportSchema.JobPosition => post?.JobPosition,
            ImportSchema.Post => post?.Post,
            ImportSchema.PostingSince => Day(post?.EffectiveFrom),
            ImportSchema.Education => Level(r, QualificationKind.Professional, asOf, codes, out _),
            ImportSchema.EducationField => Field(r, QualificationKind.Professional, asOf),
            ImportSchema.PoliticalTheory => Level(r, QualificationKind.PoliticalTheory, asOf, codes, out _),
            ImportSchema.StateManagement => Level(r, QualificationKind.StateManagement, asOf, codes, out _),
            ImportSchema.ItLevel => Level(r, QualificationKind.InformationTechnology, asOf, codes, out _),
            ImportSchema.Language => Field(r, QualificationKind.ForeignLanguage, asOf),
            ImportSchema.LanguageLevel => Level(r, QualificationKind.ForeignLanguage, asOf, codes, out _),
            _ => null,
        };
    }

    private static string? Level(StaffRecord r, QualificationKind kind, DateOnly asOf, IHrCodeLookup codes, out QualificationEntry? entry)
    {
        entry = r.Qualifications.Where(q => q.Kind == kind && q.EffectiveFrom <= asOf).MaxBy(q => q.EffectiveFrom);
        return entry is null ? null : codes.LevelName(kind, entry.Level) ?? entry.Level;
    }

    private static string? Field(StaffRecord r, QualificationKind kind, DateOnly asOf) =>
        r.Qualifications.Where(q => q.Kind == kind && q.EffectiveFrom <= asOf).MaxBy(q => q.EffectiveFrom)?.Field;

    private static string? Day(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
