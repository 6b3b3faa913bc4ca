namespace Intranet.Hr.Io.Import;

/// <summary>RFC 4180 quoting for the files this part writes.</summary>
public static class CsvText
{
    public static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
