using System.Globalization;

namespace Intranet.Backup.Services;

/// <summary>
/// Which scheduled archives (<c>province-YYYYMMDD-HHmm.ibak</c>, local time) to keep: the newest of each of the
/// <c>KeepDaily</c> most recent days that have one, and the newest of each of the <c>KeepMonthly</c> most recent
/// months that have one; the newest archive is always kept. Other files in the folder are never touched.
/// </summary>
public static class RetentionPolicy
{
    public const string Prefix = "province-";
    public const string Extension = ".ibak";
    private const string StampFormat = "yyyyMMdd-HHmm";

    public static string FileName(DateTime localTime) => Prefix + localTime.ToString(StampFormat, CultureInfo.InvariantCulture) + Extension;

    public static bool TryParse(string fileName, out DateTime localTime)
    {
        localTime = default;
        var name = Path.GetFileName(fileName);
        return name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(Extension, StringComparison.Ordinal)
            && DateTime.TryParseExact(name[Prefix.Length..^Extension.Length], StampFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out localTime);
    }

    public static IReadOnlySet<string> ToKeep(IEnumerable<string> fileNames, int keepDaily, int keepMonthly)
    {
        var archives = fileNames
            .Select(f => (Name: f, Ok: TryParse(f, out var t), Time: t))
            .Where(a => a.Ok)
            .OrderByDescending(a => a.Time)
            .ToList();
        var keep = new HashSet<string>(StringComparer.Ordinal);
        if (archives.Count == 0)
        {
            return keep;
        }

        keep.Add(archives[0].Name);
        foreach (var day in archives.GroupBy(a => a.Time.Date).Take(Math.Max(0, keepDaily)))
        {
            keep.Add(day.First().Name);
        }

        foreach (var month in archives.GroupBy(a => (a.Time.Year, a.Time.Month)).Take(Math.Max(0, keepMonthly)))
        {
            keep.Add(month.First().Name);
        }

        return keep;
    }

    /// <summary>The archives to delete: every scheduled archive not kept. Names that are not archives are left alone.</summary>
    public static IReadOnlyList<string> ToDelete(IEnumerable<string> fileNames, int keepDaily, int keepMonthly)
    {
        var list = fileNames.ToList();
        var keep = ToKeep(list, keepDaily, keepMonthly);
        return [.. list.Where(f => TryParse(f, out _) && !keep.Contains(f))];
    }
}
