using System.Text;
using System.Text.Json;

namespace Intranet.Security.Tests.Fuzz;

/// <summary>The malformed values every input is tried with: wrong types, huge and empty, control characters, bad encodings, impossible dates, extreme numbers.</summary>
public static class HostileValues
{
    /// <summary>Values for a URL (path or query): URLs past ~64 KB are refused by the client itself, so "huge" is smaller there.</summary>
    public static IReadOnlyList<HostileValue> ForUrl { get; } = Build(hugeAscii: 30_000, hugeVietnamese: 5_000);

    /// <summary>Values for form fields and JSON properties: "huge" is 1 MB.</summary>
    public static IReadOnlyList<HostileValue> ForBody { get; } = Build(hugeAscii: 1024 * 1024, hugeVietnamese: 350_000);

    /// <summary>JSON tokens of the wrong type or shape, tried on every JSON property besides the strings above.</summary>
    public static IReadOnlyList<(string Label, string Json)> JsonTokens { get; } =
    [
        ("number 1e999", "1e999"),
        ("number -1", "-1"),
        ("number 2^31", "2147483648"),
        ("number 2^63", "9223372036854775808"),
        ("number 25 digits", "9999999999999999999999999"),
        ("fraction", "0.000000000000000000000000001"),
        ("true", "true"),
        ("null", "null"),
        ("empty array", "[]"),
        ("empty object", "{}"),
        ("array of objects", "[{},{},{\"a\":[]}]"),
        ("nested arrays 5000", new string('[', 5000) + new string(']', 5000)),
        ("nested objects 5000", string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000)),
    ];

    private static List<HostileValue> Build(int hugeAscii, int hugeVietnamese)
    {
        string[] texts =
        [
            "", " ", new string('a', hugeAscii), string.Concat(Enumerable.Repeat("ự", hugeVietnamese)),
            "\0", "a\0b", "a\r\nBcc: ke-gian@evil.test", "\t\u001b[31m\u0007", "\u202Ethu\u202C", "\u200B\u200D\uFEFF",
            "<script>alert(1)</script>", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "/\t/evil.example", "//evil.example/x", "/\\evil.example",
            "31/02/2026", "01/01/0001", "31/12/9999", "2026-02-31", "0001-01-01T00:00:00", "9999-12-31T23:59:59.9999999+14:00", "0000-00-00",
            "-1", "0", "2147483648", "-2147483649", "99999999999999999999999", "1e999", "NaN", "-0", "1.5", "0x1F",
            "true", "null", "[]", "{}", "%", "%zz", "*", "' OR 1=1 --", "a,b,c,", "🧨👨‍👩‍👧", "Ω≈ç√∫˜µ≤≥÷",
        ];
        // The values that found bugs before (S11, the 500s of the December 2026 probe) go to every input.
        string[] always = ["", "\0", "a\r\nBcc: ke-gian@evil.test", "\u202Ethu\u202C", "/\t/evil.example", "31/02/2026", "01/01/0001", "31/12/9999", "-1", "99999999999999999999999"];
        var values = texts.Select(t => new HostileValue(Label(t), Uri.EscapeDataString(t), Encoding.UTF8.GetBytes(t), JsonSerializer.Serialize(t), always.Contains(t) || t.Length > 1000)).ToList();
        values.Add(new HostileValue("lone high surrogate", "%ED%A0%80", [0xED, 0xA0, 0x80], "\"\\ud800\"", Always: true));
        values.Add(new HostileValue("lone low surrogate", "a%ED%B0%80", [0x61, 0xED, 0xB0, 0x80], "\"a\\udc00\"", Always: true));
        values.Add(new HostileValue("invalid UTF-8", "%FF%FE%FD", [0xFF, 0xFE, 0xFD], "\"\\uFFFF\\uFFFE\"", Always: true));
        values.Add(new HostileValue("overlong UTF-8", "%C0%AF%C0%AE", [0xC0, 0xAF, 0xC0, 0xAE], "\"\\u0000\\u001f\""));
        values.Add(new HostileValue("truncated UTF-8", "Nguy%E1%BB", [0x4E, 0x67, 0x75, 0x79, 0xE1, 0xBB], "\"\\ud83d\\ud83d\""));
        return values;
    }

    private static string Label(string text) => text.Length switch
    {
        0 => "empty",
        > 200 => $"huge ({text.Length:N0} chars)",
        _ => JsonSerializer.Serialize(text),
    };
}
