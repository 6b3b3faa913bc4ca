using System.Text.Json;
using Intranet.Core.Data;
using Intranet.Core.Recipes;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Quiz;
using Intranet.Learning.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Tests.Quiz;

/// <summary>The quiz lesson of a <c>courses</c> recipe step: GIFT text in the recipe becomes the quiz and its bank.</summary>
public sealed class QuizRecipeTests : IClassFixture<QuizFixture>
{
    private readonly QuizFixture _f;

    public QuizRecipeTests(QuizFixture fixture) => _f = fixture;

    [Fact]
    public async Task A_recipe_quiz_lesson_creates_the_quiz_and_its_questions_and_a_broken_gift_fails_with_its_line()
    {
        var (courseId, sectionId) = await _f.CourseAsync();
        var json = JsonDocument.Parse("""
            {"kind":"Quiz","title":"Kiểm tra IU01","quiz":{"drawCount":2,"passPercent":70,"grading":"Last","maxAttempts":3},
             "gift":["$CATEGORY: Phần cứng","","::A::CPU là gì?{=Bộ xử lý ~Bộ nhớ}","","::B::RAM mất dữ liệu khi tắt máy.{T}","","::C::1 byte = ? bit{#8}"]}
            """).RootElement;

        var quizId = await _f.ServicesAsync(async sp =>
        {
            var handler = sp.GetServices<ILessonRecipeHandler>().Single(h => h.Kind == LessonKind.Quiz);
            var db = sp.GetRequiredService<LearningDbContext>();
            var course = await db.Courses.SingleAsync(c => c.Id == courseId);
            var lesson = new Lesson { CourseId = courseId, SectionId = sectionId, Title = "Kiểm tra IU01", Kind = LessonKind.Quiz };
            var context = new RecipeExecutionContext(sp.GetRequiredService<IHostTenantProvider>().Host, sp, new Dictionary<string, string>());
            var id = await handler.CreateContentAsync(course, lesson, json, context, default);

            var broken = JsonDocument.Parse("""{"kind":"Quiz","title":"Hỏng","gift":"Câu một {=a ~b}\n\nCâu hai {=a ~b"}""").RootElement;
            var error = await Assert.ThrowsAsync<RecipeException>(() => handler.CreateContentAsync(course, lesson, broken, context, default));
            Assert.Contains("Dòng 3", string.Join(" ", error.Errors), StringComparison.Ordinal);
            return id;
        });

        var quiz = await _f.DbAsync(db => db.Set<QuizDefinition>().SingleAsync(q => q.Id == quizId));
        Assert.Equal((2, 70m, QuizGrading.Last, 3), (quiz.DrawCount!.Value, quiz.PassPercent, quiz.Grading, quiz.MaxAttempts!.Value));
        var categories = await _f.DbAsync(db => db.Set<Question>().Where(q => q.CourseId == courseId).Select(q => q.Category).ToListAsync());
        Assert.Equal(3, categories.Count);
        Assert.All(categories, c => Assert.Equal("Kiểm tra IU01/Phần cứng", c));
    }
}
