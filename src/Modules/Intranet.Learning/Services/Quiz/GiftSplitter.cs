using System.Text.RegularExpressions;

namespace Intranet.Learning.Services.Quiz;

/// <summary>
/// Cuts a GIFT file into question blocks: blank lines separate them, <c>//</c> lines are comments (Moodle's
/// <c>// [tag:IU01.1.2]</c> comments tag the next question).
/// </summary>
internal static partial class GiftSplitter
{
    public static List<GiftBlock> Split(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var blocks = new List<GiftBlock>();
        var current = new List<string>();
        var tags = new List<string>();
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                foreach (Match m in TagPattern().Matches(trimmed))
                {
                    tags.Add(m.Groups[1].Value.Trim());
                }

                // Kept as an empty line so positions still map to the file's lines.
                if (current.Count > 0)
                {
                    current.Add("");
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }

            if (current.Count == 0)
            {
                start = i + 1;
            }

            current.Add(line);
        }

        Flush();
        return blocks;

        void Flush()
        {
            if (current.Count == 0)
            {
                return;
            }

            blocks.Add(new GiftBlock(start, string.Join('\n', current).TrimEnd(), [.. tags]));
            current.Clear();
            tags.Clear();
        }
    }

    [GeneratedRegex(@"\[tag:([^\]]{1,100})\]", RegexOptions.IgnoreCase)]
    private static partial Regex TagPattern();
}
