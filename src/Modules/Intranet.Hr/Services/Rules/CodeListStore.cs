using System.Globalization;
using Intranet.Hr.Models.Reference;
using Intranet.Hr.Rules;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Services.Rules;

/// <summary>
/// Reads the stored versions and adds new ones (versions are never edited or deleted, so history stays provable).
/// Every save invalidates <see cref="ICodeLists"/>.
/// </summary>
public sealed class CodeListStore
{
    private readonly HrReferenceDbContext _db;
    private readonly ICodeLists _codeLists;
    private readonly TimeProvider _clock;

    public CodeListStore(HrReferenceDbContext db, ICodeLists codeLists, TimeProvider clock)
    {
        _db = db;
        _codeLists = codeLists;
        _clock = clock;
    }

    /// <summary>All stored versions of a list, newest first, without items.</summary>
    public Task<List<HrCodeListVersion>> VersionsAsync(string key, CancellationToken cancellationToken) =>
        _db.Versions.AsNoTracking().Where(v => v.ListKey == key)
            .OrderByDescending(v => v.ValidFrom).ThenByDescending(v => v.Id).ToListAsync(cancellationToken);

    public async Task<CodeList?> VersionAsync(int id, CancellationToken cancellationToken) =>
        await _db.Versions.AsNoTracking().Include(v => v.Items).FirstOrDefaultAsync(v => v.Id == id, cancellationToken) is { } version
            ? CodeListMapping.ToCodeList(version)
            : null;

    /// <summary>Adds a version after checking it; returns its id.</summary>
    public async Task<int> AddVersionAsync(CodeList list, string? accountId, CancellationToken cancellationToken)
    {
        Validate(list);
        var entity = CodeListMapping.ToEntity(list, accountId, _clock.GetUtcNow().UtcDateTime);
        _db.Versions.Add(entity);
        await _db.SaveChangesAsync(cancellationToken);
        _codeLists.Invalidate();
        return entity.Id;
    }

    /// <summary>
    /// A new base salary from a day: a new version of the series holding every earlier amount plus this one (one
    /// for the same day is replaced), valid at once — the series itself carries the dates.
    /// </summary>
    public async Task<int> AddBaseSalaryAsync(DateOnly validFrom, decimal amount, string instrument, string? accountId, CancellationToken cancellationToken)
    {
        if (amount <= 0 || amount > 1_000_000_000m || decimal.Round(amount, 0) != amount)
        {
            throw new CodeListException("Mức lương cơ sở phải là số đồng nguyên dương (ví dụ 2530000).");
        }

        if (string.IsNullOrWhiteSpace(instrument) || instrument.Length > 300)
        {
            throw new CodeListException("Cần ghi số văn bản quy định mức lương cơ sở (ví dụ “NĐ 161/2026/NĐ-CP”), tối đa 300 ký tự.");
        }

        var current = (await _codeLists.CurrentAsync(cancellationToken)).List(CodeListKeys.BaseSalary) ?? ShippedCodeLists.Set.List(CodeListKeys.BaseSalary)!;
        var code = validFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        CodeItem[] items =
        [
            .. current.Items.Where(i => i.Code != code),
            new CodeItem(code, instrument.Trim()) { Values = [amount] },
        ];
        var next = current with
        {
            Version = instrument.Trim(),
            Source = current.Source,
            ValidFrom = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime),
            Items = [.. items.OrderBy(i => i.Code, StringComparer.Ordinal)],
        };
        return await AddVersionAsync(next, accountId, cancellationToken);
    }

    /// <summary>The recipe step: stores every shipped list whose (key, version) is not stored yet. Returns how many.</summary>
    public async Task<int> LoadShippedAsync(CancellationToken cancellationToken)
    {
        var stored = await _db.Versions.AsNoTracking().Select(v => new { v.ListKey, v.Version }).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var list in ShippedCodeLists.Load())
        {
            if (!stored.Any(s => s.ListKey == list.Key && s.Version == list.Version))
            {
                _db.Versions.Add(CodeListMapping.ToEntity(list, null, _clock.GetUtcNow().UtcDateTime));
                added++;
            }
        }

        await _db.SaveChangesAsync(cancellationToken);
        _codeLists.Invalidate();
        return added;
    }

    /// <summary>Checks a version; throws <see cref="CodeListException"/> with every problem found.</summary>
    public static void Validate(CodeList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var errors = new List<string>();
        if (!ShippedCodeLists.Set.Lists.Any(l => l.Key == list.Key))
        {
            errors.Add($"Không có danh mục “{list.Key}”.");
        }

        Check(errors, list.Name, 300, "Tên danh mục");
        Check(errors, list.Version, 100, "Phiên bản");
        Check(errors, list.Source, 2000, "Nguồn (văn bản ban hành)");
        if (list.Items.Count == 0)
        {
            errors.Add("Danh mục phải có ít nhất một mục.");
        }

        if (list.Items.Count > 2000)
        {
            errors.Add("Danh mục có quá 2.000 mục.");
        }

        foreach (var duplicate in list.Items.GroupBy(i => i.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add($"Mã “{duplicate.Key}” bị trùng.");
        }

        foreach (var (item, index) in list.Items.Select((item, index) => (item, index + 1)))
        {
            Check(errors, item.Code, 40, $"Dòng {index}: mã");
            Check(errors, item.Name, 300, $"Dòng {index}: tên");
            ValidateItem(errors, list.Key, item, index);
        }

        if (errors.Count > 0)
        {
            throw new CodeListException(string.Join(" ", errors));
        }
    }

    private static void ValidateItem(List<string> errors, string key, CodeItem item, int line)
    {
        switch (key)
        {
            case CodeListKeys.SalaryScales:
                if (item.Values.Count is < 1 or > 20 || item.Values.Any(v => v <= 0 || v > 50) || item.Values.Zip(item.Values.Skip(1)).Any(p => p.Second <= p.First))
                {
                    errors.Add($"Dòng {line}: hệ số các bậc phải là số dương, tăng dần (1–20 bậc).");
                }

                if (item.Months is not (12 or 24 or 36 or 48 or 60))
                {
                    errors.Add($"Dòng {line}: thời gian giữ bậc phải là 12, 24, 36, 48 hoặc 60 tháng.");
                }

                break;
            case CodeListKeys.Ranks when string.IsNullOrWhiteSpace(item.Parent):
                errors.Add($"Dòng {line}: ngạch phải ghi mã thang lương (cột “mã cha”, ví dụ A1).");
                break;
            case CodeListKeys.BaseSalary:
                if (!DateOnly.TryParseExact(item.Code, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) || item.Values.Count != 1 || item.Values[0] <= 0)
                {
                    errors.Add($"Dòng {line}: mỗi mức lương cơ sở ghi mã là ngày áp dụng (yyyy-MM-dd) và đúng một số tiền dương.");
                }

                break;
        }
    }

    private static void Check(List<string> errors, string? value, int max, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{label} không được để trống.");
        }
        else if (value.Length > max)
        {
            errors.Add($"{label} dài quá {max} ký tự.");
        }
    }
}
