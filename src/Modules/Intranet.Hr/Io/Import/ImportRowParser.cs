using Intranet.Core.Text;
using Intranet.Core.Uploads;
using Intranet.Core.Validation;
using Intranet.Hr.Io.Codes;
using Intranet.Hr.Models;
using Intranet.Hr.Rules;

namespace Intranet.Hr.Io.Import;

/// <summary>
/// Checks one data row and maps it to codes. Every bad cell is reported with its row and column (not only the
/// first), so one dry run lists everything to fix.
/// </summary>
public sealed class ImportRowParser
{
    private readonly IReadOnlyDictionary<string, int> _indexOf;
    private readonly IHrCodeLookup _codes;
    private readonly EthnicEdition _edition;

    public ImportRowParser(IReadOnlyDictionary<string, int> indexOf, IHrCodeLookup codes, EthnicEdition edition)
    {
        _indexOf = indexOf;
        _codes = codes;
        _edition = edition;
    }

    /// <summary>The row's person, or null with its problems added; CCCD warnings (never blocking) go to <paramref name="warnings"/>.</summary>
    public ImportedPerson? Parse(UploadRow row, List<ImportProblem> problems, List<ImportProblem> warnings)
    {
        var before = problems.Count;
        var cells = new Cells(row, _indexOf, problems);

        var personalId = cells.Required(ImportSchema.PersonalId);
        if (personalId is not null && (personalId.Length != 12 || !personalId.All(char.IsAsciiDigit)))
        {
            cells.Bad(ImportSchema.PersonalId, $"\"{ImportCells.Shorten(personalId)}\" không phải số định danh 12 chữ số (số CMND 9 số cũ không dùng làm khoá; nếu ô bị mất số 0 ở đầu, hãy định dạng cột là văn bản).");
        }

        var fullName = cells.Name(ImportSchema.FullName, required: true);
        var sex = default(Core.Staff.StaffSex);
        if (cells.Required(ImportSchema.Sex) is { } sexText && !ImportCells.TrySex(sexText, out sex))
        {
            cells.Bad(ImportSchema.Sex, $"\"{ImportCells.Shorten(sexText)}\" không phải Nam hoặc Nữ.");
        }

        var birth = default(DateOnly);
        var precision = DatePrecision.Day;
        if (cells.Required(ImportSchema.BirthDate) is { } birthText && !ImportCells.TryBirthDate(birthText, out birth, out precision, out var birthError))
        {
            cells.Bad(ImportSchema.BirthDate, birthError!);
        }

        var ethnicity = cells.Code(ImportSchema.Ethnicity, t => _codes.Ethnicity(t, _edition), "dân tộc");
        var religion = cells.Code(ImportSchema.Religion, _codes.Religion, "tôn giáo");
        var category = Core.Staff.StaffStatus.Active;
        var staffCategory = StaffCategory.CivilServant;
        if (cells.Optional(ImportSchema.Category) is { } categoryText && !ImportCells.TryCategory(categoryText, out staffCategory))
        {
            cells.Bad(ImportSchema.Category, $"\"{ImportCells.Shorten(categoryText)}\" không phải Công chức, Cán bộ, Viên chức hoặc Hợp đồng lao động.");
        }

        if (cells.Optional(ImportSchema.Status) is { } statusText && !ImportCells.TryStatus(statusText, out category))
        {
            cells.Bad(ImportSchema.Status, $"\"{ImportCells.Shorten(statusText)}\" không phải Đang công tác, Tập sự, Nghỉ hưu hoặc Thôi việc.");
        }

        var salary = ParseSalary(cells);
        var posting = ParsePosting(cells);
        var levels = ParseLevels(cells);
        var email = cells.Name(ImportSchema.Email);
        if (email is not null && (!email.Contains('@', StringComparison.Ordinal) || email.Length > 254))
        {
            cells.Bad(ImportSchema.Email, $"\"{ImportCells.Shorten(email)}\" không phải địa chỉ thư điện tử.");
        }

        if (problems.Count == before && personalId is not null)
        {
            // Province code and century/sex digit: the decree's check is a warning the officer reads, never a block.
            var check = PersonalIdRules.Check(personalId, precision == DatePrecision.Day ? birth : null, sex);
            warnings.AddRange(check.Warnings.Select(w => ImportProblem.Cell(row.Line, ImportSchema.Column(ImportSchema.PersonalId), w)));
        }

        var person = new ImportedPerson
        {
            Row = row.Line,
            PersonalId = personalId ?? "",
            FullName = fullName ?? "",
            OtherNames = cells.Name(ImportSchema.OtherNames),
            Sex = sex,
            BirthDate = birth,
            BirthDatePrecision = precision,
            BirthPlace = cells.Name(ImportSchema.BirthPlace),
            Hometown = cells.Name(ImportSchema.Hometown),
            EthnicityCode = ethnicity,
            ReligionCode = religion,
            PermanentAddress = cells.Name(ImportSchema.PermanentAddress),
            CurrentAddress = cells.Name(ImportSchema.CurrentAddress),
            PersonalIdIssuedOn = cells.Date(ImportSchema.PersonalIdIssuedOn),
            SocialInsuranceNumber = cells.Name(ImportSchema.SocialInsurance, 40),
            Phone = cells.Name(ImportSchema.Phone, 40),
            Email = email,
            StaffNumber = cells.Name(ImportSchema.StaffNumber, 40),
            Category = staffCategory,
            Status = category,
            RecruitedOn = cells.Date(ImportSchema.RecruitedOn),
            RecruitingAgency = cells.Name(ImportSchema.RecruitingAgency),
            JoinedAgencyOn = cells.Date(ImportSchema.JoinedAgencyOn),
            Salary = salary,
            Posting = posting,
            Levels = levels,
        };
        return problems.Count == before ? person : null;
    }

    private ImportedSalary? ParseSalary(Cells cells)
    {
        var rankText = cells.Optional(ImportSchema.RankCode);
        var stepText = cells.Optional(ImportSchema.Step);
        var sinceText = cells.Optional(ImportSchema.StepSince);
        if (rankText is null)
        {
            foreach (var other in new[] { ImportSchema.Step, ImportSchema.Coefficient, ImportSchema.StepSince, ImportSchema.ExceedingPercent })
            {
                if (cells.Optional(other) is not null)
                {
                    cells.Bad(ImportSchema.RankCode, "có bậc, hệ số hoặc ngày hưởng bậc nhưng thiếu mã ngạch.");
                    return null;
                }
            }

            return null;
        }

        var rank = _codes.FindRank(rankText);
        if (rank is null)
        {
            cells.Bad(ImportSchema.RankCode, $"mã ngạch \"{ImportCells.Shorten(rankText)}\" không có trong danh mục.");
        }

        var scale = rank is null ? null : _codes.FindScale(rank.ScaleCode);
        int step = 0;
        if (stepText is null)
        {
            cells.Missing(ImportSchema.Step, "cần bậc lương khi có mã ngạch.");
        }
        else if (!int.TryParse(stepText, out step) || step < 1 || (scale is not null && step > scale.MaxStep))
        {
            cells.Bad(ImportSchema.Step, scale is null ? $"\"{ImportCells.Shorten(stepText)}\" không phải bậc hợp lệ." : $"\"{ImportCells.Shorten(stepText)}\" không phải bậc hợp lệ của ngạch {rank!.Code} (1–{scale.MaxStep}).");
        }

        var since = default(DateOnly);
        if (sinceText is null)
        {
            cells.Missing(ImportSchema.StepSince, "cần ngày hưởng bậc khi có mã ngạch.");
        }
        else if (!ImportCells.TryDate(sinceText, out since, out var error))
        {
            cells.Bad(ImportSchema.StepSince, error!);
        }

        var expected = scale?.CoefficientOf(step);
        var coefficient = expected ?? 0m;
        if (cells.Optional(ImportSchema.Coefficient) is { } coefficientText)
        {
            if (!ImportCells.TryDecimal(coefficientText, out var given))
            {
                cells.Bad(ImportSchema.Coefficient, $"\"{ImportCells.Shorten(coefficientText)}\" không phải số.");
            }
            else if (expected is { } e && given != e)
            {
                cells.Bad(ImportSchema.Coefficient, $"hệ số {given} không khớp bảng lương: ngạch {rank!.Code} bậc {step} là {e}.");
            }
        }

        var exceeding = 0;
        if (cells.Optional(ImportSchema.ExceedingPercent) is { } exceedingText && (!int.TryParse(exceedingText.TrimEnd('%'), out exceeding) || exceeding is < 0 or > 100))
        {
            cells.Bad(ImportSchema.ExceedingPercent, $"\"{ImportCells.Shorten(exceedingText)}\" không phải số phần trăm từ 0 đến 100.");
        }

        return rank is null || scale is null ? null : new ImportedSalary(rank.Code, scale.Code, step, coefficient, exceeding, since, cells.Name(ImportSchema.SalaryDecision, 60));
    }

    private static ImportedPosting? ParsePosting(Cells cells)
    {
        var unit = cells.Name(ImportSchema.Unit);
        var job = cells.Name(ImportSchema.JobPosition);
        var post = cells.Name(ImportSchema.Post);
        var since = cells.Date(ImportSchema.PostingSince);
        if (unit is null && job is null && post is null)
        {
            return null;
        }

        if (since is null)
        {
            if (cells.Optional(ImportSchema.PostingSince) is null)
            {
                cells.Missing(ImportSchema.PostingSince, "cần ngày giữ vị trí khi có đơn vị, vị trí việc làm hoặc chức vụ.");
            }

            return null;
        }

        return new ImportedPosting(unit, job, post, since.Value);
    }

    private List<ImportedLevel> ParseLevels(Cells cells)
    {
        var levels = new List<ImportedLevel>();
        Add(QualificationKind.Professional, ImportSchema.Education, "trình độ chuyên môn", cells.Name(ImportSchema.EducationField));
        Add(QualificationKind.PoliticalTheory, ImportSchema.PoliticalTheory, "trình độ lý luận chính trị", null);
        Add(QualificationKind.StateManagement, ImportSchema.StateManagement, "trình độ quản lý nhà nước", null);
        Add(QualificationKind.InformationTechnology, ImportSchema.ItLevel, "trình độ tin học", null);
        Add(QualificationKind.ForeignLanguage, ImportSchema.LanguageLevel, "trình độ ngoại ngữ", cells.Name(ImportSchema.Language));
        return levels;

        void Add(QualificationKind kind, string key, string what, string? field)
        {
            if (cells.Code(key, t => _codes.Level(kind, t), what) is { } code)
            {
                levels.Add(new ImportedLevel(kind, code, field));
            }
        }
    }

    /// <summary>The row's cells by column key, and the problem list they report into.</summary>
    private sealed class Cells(UploadRow row, IReadOnlyDictionary<string, int> indexOf, List<ImportProblem> problems)
    {
        public string? Optional(string key)
        {
            if (!indexOf.TryGetValue(key, out var index) || index >= row.Cells.Count)
            {
                return null;
            }

            var text = UnicodeText.Normalize(row.Cells[index]).Trim();
            return text.Length == 0 ? null : text;
        }

        public string? Required(string key)
        {
            var text = Optional(key);
            if (text is null)
            {
                Missing(key, "ô bắt buộc, đang để trống.");
            }

            return text;
        }

        /// <summary>A short text: the project's name rule (no control or bidi characters), at most <paramref name="max"/> characters.</summary>
        public string? Name(string key, int max = 300, bool required = false)
        {
            var text = required ? Required(key) : Optional(key);
            if (text is null)
            {
                return null;
            }

            if (NameRule.Check(text, ImportSchema.Column(key).Header) is { } error)
            {
                Bad(key, error);
                return null;
            }

            if (text.Length > max)
            {
                Bad(key, $"dài quá {max} ký tự.");
                return null;
            }

            return text;
        }

        public DateOnly? Date(string key)
        {
            if (Optional(key) is not { } text)
            {
                return null;
            }

            if (ImportCells.TryDate(text, out var date, out var error))
            {
                return date;
            }

            Bad(key, error!);
            return null;
        }

        public string? Code(string key, Func<string, string?> resolve, string what)
        {
            if (Optional(key) is not { } text)
            {
                return null;
            }

            if (resolve(text) is { } code)
            {
                return code;
            }

            Bad(key, $"\"{ImportCells.Shorten(text)}\" không có trong danh mục {what}.");
            return null;
        }

        public void Bad(string key, string message) => problems.Add(ImportProblem.Cell(row.Line, ImportSchema.Column(key), message));

        public void Missing(string key, string message) => Bad(key, message);
    }
}
