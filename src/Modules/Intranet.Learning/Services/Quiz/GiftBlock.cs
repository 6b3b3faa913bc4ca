namespace Intranet.Learning.Services.Quiz;

/// <summary>One question's lines of a GIFT file (blank lines separate questions), with the tags of the comments before it.</summary>
internal sealed record GiftBlock(int StartLine, string Text, IReadOnlyList<string> Tags)
{
    /// <summary>The file line of a position in <see cref="Text"/>.</summary>
    public int LineAt(int position)
    {
        var line = StartLine;
        for (var i = 0; i < position && i < Text.Length; i++)
        {
            if (Text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }
}
