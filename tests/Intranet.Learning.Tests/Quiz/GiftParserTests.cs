using Intranet.Learning.Models.Quiz;
using Intranet.Learning.Services.Quiz;

namespace Intranet.Learning.Tests.Quiz;

/// <summary>Every GIFT question type Moodle documents, and broken files reported with their line.</summary>
public sealed class GiftParserTests
{
    private const string EveryType = """
        // Bộ câu hỏi mẫu cho IU01
        $CATEGORY: $course$/top/CNTT cơ bản/IU01

        // [tag:IU01.1.2]
        ::Q1 CPU::Bộ phận nào xử lý lệnh trong máy tính?{=CPU#Đúng rồi ~RAM#RAM chỉ lưu tạm ~Ổ cứng####CPU là bộ xử lý trung tâm.}

        ::Q2 Nhiều đáp án::Những thiết bị nào là thiết bị vào?{
          ~%50%Bàn phím#Đúng
          ~%50%Chuột
          ~%-100%Màn hình#Màn hình là thiết bị ra
        }

        ::Q3 Đúng sai::Hệ điều hành là phần mềm ứng dụng.{F#Sai: đó là phần mềm hệ thống.#Chính xác.}

        ::Q4 Ngắn::Thủ đô của Việt Nam là gì?{=Hà Nội =%50%HN#Viết đầy đủ}

        ::Q5 Ghép::Ghép phím tắt với chức năng.{
          =Ctrl+C -> Sao chép
          =Ctrl+V -> Dán
          =Ctrl+Z -> Hoàn tác
          = -> In
        }

        ::Q6 Số::1 KB bằng bao nhiêu byte?{#1024:0}

        ::Q7 Khoảng::Giá trị gần đúng của pi?{#3.1..3.2}

        ::Q8 Nhiều số::Năm phát minh Internet?{#=1983:0 =%50%1969:1#Gần đúng}

        ::Q9 Tự luận::Trình bày lợi ích của thư điện tử công vụ.{}

        Lưu văn bản trong Word bằng tổ hợp phím {~Ctrl+P =Ctrl+S ~Ctrl+O} trên bàn phím.

        ::Giới thiệu::Phần sau kiểm tra kiến thức về mạng.

        ::Q12 Escape::Trong GIFT ký tự \{ và \} và \= và \~ và \# và \: phải viết thoát.{=\{\}\=\~\#\: ~khác}

        ::Q13 HTML::[html]<p>Chọn <b>đúng</b></p>{=A ~B}

        ::Q14 Markdown::[markdown]**Chọn** đúng{TRUE}
        """;

    [Fact]
    public void Every_question_type_is_read_with_its_answers_weights_feedback_and_category()
    {
        var import = GiftParser.Parse(EveryType);

        Assert.False(import.HasProblems, string.Join("\n", import.Problems));
        var q = import.Questions;
        Assert.Equal(14, q.Count);
        Assert.All(q, x => Assert.Equal("CNTT cơ bản/IU01", x.Category));

        Assert.Equal(QuestionType.SingleChoice, q[0].Type);
        Assert.Equal("Q1 CPU", q[0].Name);
        Assert.Equal("IU01.1.2", q[0].OutcomeCodes);
        Assert.Equal("CPU|RAM|Ổ cứng", string.Join('|', q[0].Options.Select(o => o.Text).Select(x => System.Convert.ToString(x, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal("RAM chỉ lưu tạm", q[0].Options[1].Feedback);
        Assert.Equal("CPU là bộ xử lý trung tâm.", q[0].GeneralFeedback);

        Assert.Equal(QuestionType.MultipleChoice, q[1].Type);
        Assert.Equal("0.5|0.5|-1", string.Join('|', q[1].Options.Select(o => o.Fraction).Select(x => System.Convert.ToString(x, System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal(QuestionType.TrueFalse, q[2].Type);
        Assert.Equal(1m, q[2].Options[1].Fraction);
        Assert.Equal("Sai: đó là phần mềm hệ thống.", q[2].WrongFeedback);
        Assert.Equal("Chính xác.", q[2].RightFeedback);

        Assert.Equal(QuestionType.ShortAnswer, q[3].Type);
        Assert.Equal("1|0.5", string.Join('|', q[3].Options.Select(o => o.Fraction).Select(x => System.Convert.ToString(x, System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal(QuestionType.Matching, q[4].Type);
        Assert.Equal(4, q[4].Options.Count);
        Assert.Equal("Sao chép", q[4].Options[0].Match);
        Assert.Equal("", q[4].Options[3].Text);

        Assert.Equal(QuestionType.Numerical, q[5].Type);
        Assert.Equal((1024m, 0m), (q[5].Options[0].Value!.Value, q[5].Options[0].Tolerance!.Value));
        Assert.Equal((3.1m, 3.2m), (q[6].Options[0].Min!.Value, q[6].Options[0].Max!.Value));
        Assert.Equal("1|0.5", string.Join('|', q[7].Options.Select(o => o.Fraction).Select(x => System.Convert.ToString(x, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal("Gần đúng", q[7].Options[1].Feedback);

        Assert.Equal(QuestionType.Essay, q[8].Type);

        Assert.Equal(QuestionType.SingleChoice, q[9].Type);
        Assert.Equal("Lưu văn bản trong Word bằng tổ hợp phím _____ trên bàn phím.", q[9].Text);

        Assert.Equal(QuestionType.Description, q[10].Type);

        Assert.Equal("Trong GIFT ký tự { và } và = và ~ và # và : phải viết thoát.", q[11].Text);
        Assert.Equal("{}=~#:", q[11].Options[0].Text);

        Assert.Equal(QuestionFormat.Html, q[12].Format);
        Assert.Equal("<p>Chọn <b>đúng</b></p>", q[12].Text);
        Assert.Equal(QuestionFormat.Markdown, q[13].Format);
        Assert.Equal(QuestionType.TrueFalse, q[13].Type);
    }

    [Theory]
    [InlineData("Câu một {=a ~b}\n\nCâu hai {=a ~b", 3, "thiếu '}'")]
    [InlineData("::Tên không đóng Câu hỏi {=a ~b}", 1, "'::'")]
    [InlineData("Câu một {=a ~b}\n\n\nCâu ba {~a ~b}", 4, "100%")]
    [InlineData("Câu ba {~a ~%0%b =%0%c}", 1, "không có phương án đúng")]
    [InlineData("Chọn {~%40%a ~%40%b ~c}", 1, "100%")]
    [InlineData("Chọn {~%abc%a =b}", 1, "Trọng số")]
    [InlineData("Câu {=a ~b} thêm {=c}", 1, "một khối đáp án")]
    [InlineData("Ghép\n{\n=a -> 1\n~b -> 2\n}", 4, "ghép đôi")]
    [InlineData("Số? {#abc}", 1, "không phải đáp án số")]
    [InlineData("Số? {#5..3}", 1, "không phải đáp án số")]
    [InlineData("Lỗi } đóng", 1, "'}'")]
    [InlineData("Không rõ {abc}", 1, "Không nhận ra kiểu câu hỏi")]
    [InlineData("// chỉ có chú thích", 1, "không có câu hỏi")]
    public void A_broken_file_names_the_line_and_imports_nothing(string gift, int line, string fragment)
    {
        var import = GiftParser.Parse(gift);

        Assert.True(import.HasProblems);
        var problem = Assert.Single(import.Problems, p => p.Line == line && p.Message.Contains(fragment, StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith($"Dòng {line}: ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Several_problems_are_all_reported_each_with_its_own_line()
    {
        var import = GiftParser.Parse("Đúng {=a ~b}\n\nSai {~a ~b}\n\nĐúng {T}\n\nSai {#x}");

        Assert.Equal("3|7", string.Join('|', import.Problems.Select(p => p.Line).Select(x => System.Convert.ToString(x, System.Globalization.CultureInfo.InvariantCulture))));
    }
}
