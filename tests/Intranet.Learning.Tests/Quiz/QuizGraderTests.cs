using Intranet.Learning.Models.Quiz;
using Intranet.Learning.Services.Quiz;

namespace Intranet.Learning.Tests.Quiz;

/// <summary>Grading of every question type, from questions imported as trainers write them.</summary>
public sealed class QuizGraderTests
{
    private static AttemptQuestion Q(string gift)
    {
        var import = GiftParser.Parse(gift);
        Assert.False(import.HasProblems, string.Join("\n", import.Problems));
        // No shuffling, so option indexes are the file's order.
        return AttemptQuestion.From(import.Questions.Single(), new Random(1), shuffleChoices: false);
    }

    [Fact]
    public void Single_choice_and_true_false_take_the_chosen_weight()
    {
        var q = Q("Chọn {=A ~%50%B ~C}");
        Assert.Equal(1m, QuizGrader.Grade(q, new QuizResponse([0])));
        Assert.Equal(0.5m, QuizGrader.Grade(q, new QuizResponse([1])));
        Assert.Equal(0m, QuizGrader.Grade(q, new QuizResponse([2])));
        Assert.Equal(0m, QuizGrader.Grade(q, new QuizResponse([0, 1])));
        Assert.Equal(0m, QuizGrader.Grade(q, new QuizResponse([99])));
        Assert.Equal(0m, QuizGrader.Grade(q, null));

        var tf = Q("Đúng không? {F}");
        Assert.Equal(1m, QuizGrader.Grade(tf, new QuizResponse([1])));
        Assert.Equal(0m, QuizGrader.Grade(tf, new QuizResponse([0])));
    }

    [Fact]
    public void Multiple_answers_add_their_weights_and_never_go_below_zero()
    {
        var q = Q("Chọn {~%50%A ~%50%B ~%-100%C}");
        Assert.Equal(1m, QuizGrader.Grade(q, new QuizResponse([0, 1])));
        Assert.Equal(0.5m, QuizGrader.Grade(q, new QuizResponse([0])));
        Assert.Equal(0m, QuizGrader.Grade(q, new QuizResponse([0, 2])));
        Assert.Equal(0.5m, QuizGrader.Grade(q, new QuizResponse([1, 1, 1])));
    }

    [Theory]
    [InlineData("Hà Nội", 1)]
    [InlineData("  ha   noi ", 1)]
    [InlineData("HÀ NỘI", 1)]
    [InlineData("Ha\u0300 N\u00f4\u0323i", 1)]
    [InlineData("HN", 0.5)]
    [InlineData("Hải Phòng", 0)]
    [InlineData("", 0)]
    public void Short_answers_are_compared_after_vietnamese_folding(string typed, decimal expected)
    {
        Assert.Equal(expected, QuizGrader.Grade(Q("Thủ đô? {=Hà Nội =%50%HN}"), new QuizResponse(Text: typed)));
    }

    [Fact]
    public void Short_answer_wildcards_and_d_with_stroke_fold()
    {
        var q = Q("Tên tỉnh? {=Đồng * =Đắk Lắk}");
        Assert.Equal(1m, QuizGrader.Grade(q, new QuizResponse(Text: "dong thap")));
        Assert.Equal(1m, QuizGrader.Grade(q, new QuizResponse(Text: "dak lak")));
        Assert.Equal(0m, QuizGrader.Grade(q, new QuizResponse(Text: "hue")));
    }

    [Theory]
    [InlineData("{#1024:2}", "1025", 1)]
    [InlineData("{#1024:2}", "1026", 1)]
    [InlineData("{#1024:2}", "1027", 0)]
    [InlineData("{#3.1..3.2}", "3,14", 1)]
    [InlineData("{#3.1..3.2}", "3.25", 0)]
    [InlineData("{#=1983:0 =%50%1969:1}", "1970", 0.5)]
    [InlineData("{#=1983:0 =%50%1969:1}", "1983", 1)]
    [InlineData("{#5}", "năm", 0)]
    public void Numbers_are_right_within_the_tolerance_or_range(string answer, string typed, decimal expected)
    {
        Assert.Equal(expected, QuizGrader.Grade(Q("Bao nhiêu? " + answer), new QuizResponse(Text: typed)));
    }

    [Fact]
    public void Matching_gives_partial_credit_per_pair()
    {
        var q = Q("Ghép {=Ctrl+C -> Sao chép =Ctrl+V -> Dán =Ctrl+Z -> Hoàn tác = -> In}");
        Assert.Equal(3, q.Order.Count);
        Assert.Equal(4, q.Rights.Count);
        int Pick(string right) => q.Rights.IndexOf(right);

        Assert.Equal(1m, QuizGrader.Grade(q, new QuizResponse(Matches: [Pick("Sao chép"), Pick("Dán"), Pick("Hoàn tác")])));
        Assert.Equal(2m / 3, QuizGrader.Grade(q, new QuizResponse(Matches: [Pick("Sao chép"), Pick("Dán"), Pick("In")])));
        Assert.Equal(0m, QuizGrader.Grade(q, new QuizResponse(Matches: [null, 99, -1])));
    }

    [Fact]
    public void Essays_and_descriptions_are_not_graded_and_do_not_count()
    {
        var essay = Q("Trình bày {}");
        var text = Q("Phần giới thiệu.");
        var choice = Q("Chọn {=A ~B}");
        Assert.Null(QuizGrader.Grade(essay, new QuizResponse(Text: "bài viết")));
        Assert.Null(QuizGrader.Grade(text, null));
        Assert.Equal(100m, QuizGrader.Score([(essay, null), (text, null), (choice, 1m)]));
        Assert.Equal(50m, QuizGrader.Score([(choice, 1m), (choice, 0m), (essay, null)]));
    }

    [Fact]
    public void The_grading_method_takes_the_highest_or_the_last_attempt()
    {
        (int, decimal)[] attempts = [(1, 80m), (2, 40m)];
        Assert.Equal(80m, QuizAttempts.QuizResult(QuizGrading.Highest, attempts));
        Assert.Equal(40m, QuizAttempts.QuizResult(QuizGrading.Last, attempts));
    }
}
