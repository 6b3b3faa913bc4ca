using System.Text.Json;
using Intranet.Core.Recipes;
using Intranet.Core.Tenants;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Scorm;
using Intranet.Learning.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Tests.Scorm;

/// <summary>The <c>courses</c> recipe step's Scorm lessons: the package comes with the recipe and passes the upload's checks.</summary>
[Collection(ScormCollection.Name)]
public sealed class ScormRecipeHandlerTests
{
    private readonly ScormFixture _f;

    public ScormRecipeHandlerTests(ScormFixture fixture) => _f = fixture;

    [Fact]
    public async Task A_package_written_in_the_recipe_becomes_the_lessons_content_and_a_bad_one_fails_the_step_with_the_reason()
    {
        var (course, section) = await _f.CreateCourseAsync(null, "Chuẩn kỹ năng CNTT cơ bản (IU01–IU06)");
        var files = new Dictionary<string, string>
        {
            ["imsmanifest.xml"] = TestPackages.Manifest12(70),
            ["index.html"] = "<!DOCTYPE html><p>Xin chào</p><script src=\"sco.js\"></script>",
            ["sco.js"] = "window.parent.API.LMSInitialize('');",
        };
        var json = JsonSerializer.SerializeToElement(new { kind = "Scorm", title = "Bài SCORM", package = new { files } });

        await using var scope = _f.Factory.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetServices<ILessonRecipeHandler>().Single(h => h.Kind == LessonKind.Scorm);
        var context = new RecipeExecutionContext(_f.Factory.Services.GetRequiredService<ITenantRegistry>().Table.Host, scope.ServiceProvider, new Dictionary<string, string>());
        var lesson = new Lesson { CourseId = course.Id, SectionId = section.Id, Title = "Bài SCORM", Kind = LessonKind.Scorm };

        var id = await handler.CreateContentAsync(course, lesson, json, context, default);
        var package = await _f.DbAsync(db => db.Set<ScormPackage>().AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(70m, package.MasteryScore);
        Assert.True(File.Exists(Path.Combine(_f.Factory.AppData, "Learning", "Scorm", package.Folder, "index.html")));

        var zipped = JsonSerializer.SerializeToElement(new { package = new { zipBase64 = Convert.ToBase64String(TestPackages.Scorm2004()) } });
        var second = await handler.CreateContentAsync(course, lesson, zipped, context, default);
        Assert.Equal(ScormVersion.Scorm2004, (await _f.DbAsync(db => db.Set<ScormPackage>().AsNoTracking().SingleAsync(p => p.Id == second))).Version);

        files["../escape.html"] = "x";
        var bad = JsonSerializer.SerializeToElement(new { package = new { files } });
        var folders = _f.PackageFolders().Length;
        var ex = await Assert.ThrowsAsync<RecipeException>(() => handler.CreateContentAsync(course, lesson, bad, context, default));
        Assert.Contains("'..'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(folders, _f.PackageFolders().Length);
        await Assert.ThrowsAsync<RecipeException>(() => handler.CreateContentAsync(course, lesson, JsonSerializer.SerializeToElement(new { title = "x" }), context, default));
    }
}
