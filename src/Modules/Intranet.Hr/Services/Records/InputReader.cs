using System.Globalization;
using Intranet.Core.Text;

namespace Intranet.Hr.Services.Records;

/// <summary>Reads text fields into typed values, collecting one Vietnamese message per bad field instead of throwing.</summary>
public sealed class InputReader
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string[]> Errors => _errors;

    public void Fail(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    /// <summary>Throws the collected messages, if any.</summary>
    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
        {
            throw new RecordValidationException("Dữ liệu chưa hợp lệ: " + string.Join(" ", _errors.Values.SelectMany(v => v)), _errors);
        }
    }

    public string? Text(string field, string? value, string label, int max, bool required = false)
    {
        var text = UnicodeText.Normalize(value).Trim();
        if (text.Length == 0)
        {
            if (required)
            {
                Fail(field, $"Chưa nhập {label}.");
            }

            return null;
        }

        if (text.Length > max)
        {
            Fail(field, $"{Capital(label)} dài quá {max} ký tự.");
            return null;
        }

        if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            Fail(field, $"{Capital(label)} có ký tự không hợp lệ.");
            return null;
        }

        return text;
    }

    public DateOnly? Date(string field, string? value, string label, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Fail(field, $"Chưa nhập {label}.");
            }

            return null;
        }

        if (!HrDates.TryParse(value, out var date) || date.Year < 1900 || date.Year > 2200)
        {
            Fail(field, $"{Capital(label)} không đúng: cần dạng ngày/tháng/năm (dd/MM/yyyy), ví dụ 05/09/1980.");
            return null;
        }

        return date;
    }

    public int? Whole(string field, string? value, string label, int min, int max, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Fail(field, $"Chưa nhập {label}.");
            }

            return null;
        }

        if (!int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            Fail(field, $"{Capital(label)} phải là số nguyên từ {min} đến {max}.");
            return null;
        }

        return n;
    }

    /// <summary>A decimal with either separator ("2,34" as typed in Vietnam, or "2.34").</summary>
    public decimal? Number(string field, string? value, string label, decimal min, decimal max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim().Replace(',', '.');
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            Fail(field, $"{Capital(label)} phải là số từ {min.ToString(CultureInfo.InvariantCulture)} đến {max.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        return n;
    }

    /// <summary>An enum by name (case-insensitive, never by number) or by one of the Vietnamese aliases.</summary>
    public T? Choice<T>(string field, string? value, string label, IReadOnlyDictionary<string, T>? aliases = null, bool required = false)
        where T : struct, Enum
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                Fail(field, $"Chưa chọn {label}.");
            }

            return null;
        }

        if (!text.All(char.IsAsciiDigit) && Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        if (aliases is not null && aliases.TryGetValue(NameFolding.Fold(text), out var alias))
        {
            return alias;
        }

        Fail(field, $"{Capital(label)} '{(text.Length > 40 ? text[..40] + "…" : text)}' không có trong danh mục.");
        return null;
    }

    private static string Capital(string label) => label.Length == 0 ? label : char.ToUpper(label[0], CultureInfo.InvariantCulture) + label[1..];
}
