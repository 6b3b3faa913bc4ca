using System.Text;
using System.Text.RegularExpressions;
using Intranet.Core.Uploads;

namespace Intranet.Learning.Services.Quiz;

/// <summary>
/// Reads an uploaded GIFT or Aiken file through Core's bounded reader (size checked while reading, the request's
/// cancellation honoured), as strict UTF-8 text, and hands it to the right parser.
/// </summary>
public static partial class QuestionFileReader
{
    public const long MaxBytes = 2 * 1024 * 1024;

    public static async Task<QuestionImport> ReadAsync(Stream upload, string? fileName, QuestionFileFormat format, CancellationToken ct)
    {
        var text = await ReadTextAsync(upload, ct);
        return Parse(text, fileName, format);
    }

    public static QuestionImport Parse(string text, string? fileName, QuestionFileFormat format)
    {
        format = format == QuestionFileFormat.Auto ? Detect(text, fileName) : format;
        return format == QuestionFileFormat.Aiken ? AikenParser.Parse(text) : GiftParser.Parse(text);
    }

    /// <summary>The file's text; refused when larger than <see cref="MaxBytes"/>, not UTF-8, or binary.</summary>
    public static async Task<string> ReadTextAsync(Stream upload, CancellationToken ct)
    {
        await using var bounded = BoundedReadStream.WithLimit(upload, MaxBytes, ct);
        using var buffer = new MemoryStream();
        await bounded.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new UploadRejectedException("Tệp không phải văn bản UTF-8. Hãy lưu tệp GIFT/Aiken với bảng mã UTF-8 rồi gửi lại.", LineOf(bytes, (int)Math.Min(ex.Index, bytes.Length)), ex);
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            throw new UploadRejectedException("Tệp chứa dữ liệu nhị phân, không phải văn bản GIFT/Aiken.", LineOf(Encoding.UTF8.GetBytes(text[..nul]), int.MaxValue));
        }

        return Core.Text.UnicodeText.Normalize(text);
    }

    private static QuestionFileFormat Detect(string text, string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension == ".gift")
        {
            return QuestionFileFormat.Gift;
        }

        if (extension == ".aiken")
        {
            return QuestionFileFormat.Aiken;
        }

        return AikenAnswer().IsMatch(text) && !text.Contains('{', StringComparison.Ordinal) ? QuestionFileFormat.Aiken : QuestionFileFormat.Gift;
    }

    private static int LineOf(byte[] bytes, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }

    [GeneratedRegex(@"^\s*ANSWER\s*:\s*[A-Za-z]\s*$", RegexOptions.Multiline)]
    private static partial Regex AikenAnswer();
}
