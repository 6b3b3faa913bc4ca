using Intranet.Learning.Models.Quiz;
using Intranet.Learning.Services.Quiz;

namespace Intranet.Learning.Tests.Quiz;

public sealed class AikenParserTests
{
    [Fact]
    public void Questions_with_dot_and_parenthesis_choices_are_read()
    {
        var import = AikenParser.Parse("""
            Thiết bị nào là thiết bị ra?
            A. Bàn phím
            B. Màn hình
            C) Chuột
            ANSWER: B

            Phần mềm soạn thảo văn bản là
            A) Word
            B) Excel
            ANSWER: A
            """);

        Assert.False(import.HasProblems, string.Join("\n", import.Problems));
        Assert.Equal(2, import.Questions.Count);
        Assert.All(import.Questions, q => Assert.Equal(QuestionType.SingleChoice, q.Type));
        Assert.Equal("0|1|0", string.Join('|', import.Questions[0].Options.Select(o => o.Fraction).Select(x => System.Convert.ToString(x, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal("Word", import.Questions[1].Options[0].Text);
    }

    [Theory]
    [InlineData("Câu hỏi?\nA. một\nB. hai\nANSWER: E", 4, "không khớp")]
    [InlineData("Câu hỏi?\nA. một\nB. hai", 1, "thiếu dòng 'ANSWER")]
    [InlineData("Câu hỏi?\nA. một\nANSWER: A", 3, "ít nhất hai phương án")]
    [InlineData("A. một\nB. hai\nANSWER: A", 1, "đứng trước nội dung")]
    [InlineData("Câu hỏi?\nA. một\nA. hai\nANSWER: A", 3, "lặp lại")]
    [InlineData("Câu hỏi?\nA. một\nB. hai\nchữ lạc\nANSWER: A", 4, "thiếu dòng 'ANSWER")]
    public void A_broken_aiken_file_names_the_line(string aiken, int line, string fragment)
    {
        var import = AikenParser.Parse(aiken);

        Assert.True(import.HasProblems);
        Assert.Contains(import.Problems, p => p.Line == line && p.Message.Contains(fragment, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_reader_refuses_a_file_that_is_not_utf8_text_or_too_large_with_a_vietnamese_message()
    {
        using var latin = new MemoryStream([.. "Câu hỏi?\nA. một\n"u8.ToArray(), 0xFF, 0xFE, (byte)'\n']);
        var notUtf8 = await Assert.ThrowsAsync<Core.Uploads.UploadRejectedException>(() => QuestionFileReader.ReadAsync(latin, "a.txt", QuestionFileFormat.Auto, default));
        Assert.Contains("UTF-8", notUtf8.Message, StringComparison.Ordinal);
        Assert.Equal(3, notUtf8.Line);

        using var big = new MemoryStream(new byte[QuestionFileReader.MaxBytes + 10]);
        var tooBig = await Assert.ThrowsAsync<Core.Uploads.UploadRejectedException>(() => QuestionFileReader.ReadAsync(big, "a.gift", QuestionFileFormat.Auto, default));
        Assert.Contains("giới hạn", tooBig.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Auto_detection_reads_aiken_text_as_aiken_and_gift_as_gift()
    {
        Assert.Single(QuestionFileReader.Parse("Hỏi?\nA. x\nB. y\nANSWER: A", "cau-hoi.txt", QuestionFileFormat.Auto).Questions);
        Assert.Single(QuestionFileReader.Parse("Hỏi? {=x ~y}", "cau-hoi.txt", QuestionFileFormat.Auto).Questions);
    }
}
